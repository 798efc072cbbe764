package app.chidi.channel.boundary;

import java.util.UUID;

/** A customer's message was stored and waits for an answer. */
public record MessageReceived(UUID businessId, UUID messageId) {}
