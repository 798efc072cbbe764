package app.chidi.channel.boundary;

import app.chidi.channel.entity.MessageStatus;

/**
 * What the platform reports of a message CHIDI sent: sent, delivered, read or failed.
 *
 * @param errorCode the platform's error code of a failure, else {@code null}
 */
public record StatusReport(String platformMessageId, MessageStatus status, String errorCode) {}
