package app.chidi.channel.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A conversation in a list (spec 5.1, with what the approval flow needs).
 *
 * @param platform {@code whatsapp}, {@code instagram} or {@code sandbox}
 * @param status {@code active}, {@code escalated} or {@code resolved}
 * @param confidence CHIDI's confidence in its latest draft, once it made one
 * @param unreadCount the customer's messages nobody has answered yet
 * @param needsAttention escalated: a person must answer
 * @param takenOver a person took it over; CHIDI stays quiet
 */
public record ConversationSummary(
    UUID id,
    String title,
    String platform,
    Customer customer,
    String lastMessage,
    OffsetDateTime lastMessageAt,
    int unreadCount,
    String status,
    Double confidence,
    boolean needsAttention,
    boolean takenOver) {

  public record Customer(String id, String name) {}
}
