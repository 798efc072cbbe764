package app.chidi.channel.boundary;

import java.util.UUID;

/** A message the sandbox stored and queued. */
public record StoredMessage(UUID id, UUID conversationId, String status) {}
