package app.chidi.channel.boundary;

import java.time.OffsetDateTime;

/**
 * The conversation counts of one hour or day (UTC), as in {@link ConversationMetrics}.
 *
 * @param start when the hour or day starts
 * @param autoReplyRate {@code null} when CHIDI drafted nothing then
 * @param averageFirstReplySeconds over conversations first answered then; {@code null} when none
 *     was
 */
public record MetricsBucket(
    OffsetDateTime start,
    long messagesIn,
    long autoSent,
    long escalated,
    Double autoReplyRate,
    Double averageFirstReplySeconds) {}
