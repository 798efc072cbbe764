package app.chidi.channel.boundary;

import java.time.OffsetDateTime;

/**
 * How the business's conversations went since {@code since}.
 *
 * @param period {@code today} (since midnight UTC), {@code 7d} or {@code 30d}
 * @param messagesIn customers' messages received
 * @param autoSent CHIDI's own replies the platform accepted
 * @param escalated customers' messages CHIDI passed to a person
 * @param personReplies replies people of the business sent
 * @param autoReplyRate of the messages CHIDI drafted an answer for, the share it sent by itself;
 *     {@code null} when it drafted none
 * @param averageFirstReplySeconds from a customer's first message to the conversation's first
 *     reply, over conversations first answered in the period; {@code null} when none was
 */
public record ConversationMetrics(
    String period,
    OffsetDateTime since,
    long messagesIn,
    long autoSent,
    long escalated,
    long personReplies,
    Double autoReplyRate,
    Double averageFirstReplySeconds) {}
