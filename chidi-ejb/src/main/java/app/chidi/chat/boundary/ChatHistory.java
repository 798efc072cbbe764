package app.chidi.chat.boundary;

import app.chidi.chat.entity.ChatMessage;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A page of the chat, oldest first (spec 5.1 {@code GET /api/chat/history}).
 *
 * @param hasMore whether older messages remain ({@code before} = the first message's id)
 * @param summary what the purged older messages said, or {@code null}
 */
public record ChatHistory(List<Line> messages, boolean hasMore, String summary) {

  /**
   * One message.
   *
   * @param role user or assistant
   * @param kind text, rule_proposal or stock_proposal
   * @param proposalStatus a proposal's state (pending, confirmed, cancelled, expired), else null
   */
  public record Line(
      UUID id,
      UUID userId,
      String role,
      String kind,
      String content,
      BigDecimal confidence,
      String proposalStatus,
      OffsetDateTime timestamp) {

    static Line of(ChatMessage message) {
      return new Line(
          message.id(),
          message.userId(),
          lower(message.role()),
          lower(message.kind()),
          message.content(),
          message.confidence(),
          message.proposalStatus() == null ? null : lower(message.proposalStatus()),
          message.createdAt());
    }

    private static String lower(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT);
    }
  }
}
