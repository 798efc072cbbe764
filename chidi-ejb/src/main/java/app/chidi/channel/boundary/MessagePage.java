package app.chidi.channel.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** A page of one platform's messages, newest first (spec 5.1). */
public record MessagePage(List<Item> messages, Pagination pagination) {

  public MessagePage {
    messages = List.copyOf(messages);
  }

  /**
   * One message.
   *
   * @param direction {@code inbound} or {@code outbound}
   * @param aiResponse CHIDI's answer to an inbound message, once it has one
   */
  public record Item(
      String id,
      String conversationId,
      String direction,
      Sender sender,
      String content,
      String type,
      String status,
      OffsetDateTime timestamp,
      AiResponse aiResponse) {}

  public record Sender(String id, String username) {}

  /**
   * @param status {@code auto_sent}, {@code escalated} or {@code pending}
   */
  public record AiResponse(String content, Double confidence, String status) {}

  public record Pagination(int page, int pages, long total) {}
}
