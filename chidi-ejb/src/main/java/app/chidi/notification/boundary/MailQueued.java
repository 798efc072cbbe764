package app.chidi.notification.boundary;

import java.util.UUID;

/** A stored mail waits for delivery. */
public record MailQueued(UUID mailId) {}
