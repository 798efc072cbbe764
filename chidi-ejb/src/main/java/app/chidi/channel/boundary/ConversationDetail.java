package app.chidi.channel.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One conversation with its messages, oldest first, and CHIDI's draft while a person must answer.
 *
 * @param draft {@code null} unless the conversation is escalated with a drafted answer
 */
public record ConversationDetail(
    ConversationSummary conversation, List<ThreadMessage> messages, Draft draft) {

  public ConversationDetail {
    messages = List.copyOf(messages);
  }

  /**
   * One message of the conversation.
   *
   * @param author {@code customer}, {@code chidi}, {@code person} (through CHIDI) or {@code
   *     business} (an Instagram echo: written in the platform's own app)
   * @param type {@code text}, {@code media}, {@code interactive}, {@code reaction}, {@code echo}…
   * @param status {@code received}, {@code escalated}, {@code queued}, {@code sent}, {@code
   *     failed}…
   * @param errorCode why an outbound message failed
   */
  public record ThreadMessage(
      UUID id,
      String direction,
      String author,
      String content,
      String type,
      String status,
      OffsetDateTime createdAt,
      String errorCode) {}

  /**
   * CHIDI's drafted answer to the customer's message {@code messageId}, which it did not send.
   *
   * @param reasons why it went to a person, in plain words
   */
  public record Draft(
      UUID messageId, String text, double confidence, String intent, List<String> reasons) {

    public Draft {
      reasons = List.copyOf(reasons);
    }
  }
}
