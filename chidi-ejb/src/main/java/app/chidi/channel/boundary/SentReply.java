package app.chidi.channel.boundary;

import java.util.UUID;

/**
 * A person's reply, queued on the same outbound path as CHIDI's own.
 *
 * @param status {@code queued}
 */
public record SentReply(
    UUID messageId, String status, ReplyPreview preview, ConversationSummary conversation) {}
