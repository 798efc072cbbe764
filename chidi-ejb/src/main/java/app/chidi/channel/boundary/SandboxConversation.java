package app.chidi.channel.boundary;

import app.chidi.channel.boundary.ConversationDetail.ThreadMessage;
import java.util.List;
import java.util.Set;

/**
 * A sandbox customer's conversation as the one typing for them follows it: the messages, oldest
 * first, and where CHIDI stands with the customer's latest message.
 *
 * @param state {@code answering} (CHIDI is drafting, or its reply is on its way), {@code answered},
 *     {@code escalated} (a person must answer), {@code failed} (the reply was not delivered) or
 *     {@code paused} (a person took the conversation over; CHIDI stays quiet)
 * @param pending whether the state can still change by itself: only while {@code answering}
 */
public record SandboxConversation(
    ConversationSummary conversation, List<ThreadMessage> messages, String state, boolean pending) {

  static final String ANSWERING = "answering";
  private static final Set<String> ON_ITS_WAY = Set.of("queued", "sending");

  public SandboxConversation {
    messages = List.copyOf(messages);
  }

  /** The conversation with its state read from its latest messages. */
  static SandboxConversation of(ConversationSummary conversation, List<ThreadMessage> messages) {
    String state = stateOf(conversation, messages);
    return new SandboxConversation(conversation, messages, state, ANSWERING.equals(state));
  }

  private static String stateOf(ConversationSummary conversation, List<ThreadMessage> messages) {
    if (conversation.takenOver()) {
      return "paused";
    }
    String newestReply = null;
    for (int i = messages.size() - 1; i >= 0; i--) {
      ThreadMessage message = messages.get(i);
      if ("customer".equals(message.author())) {
        return switch (message.status()) {
          case "received" -> ANSWERING;
          case "escalated" -> "escalated";
          default -> newestReply == null ? "answered" : replyState(newestReply);
        };
      }
      newestReply = newestReply == null ? message.status() : newestReply;
    }
    return "answered";
  }

  /** The state the status of CHIDI's (or a person's) newest reply stands for. */
  private static String replyState(String status) {
    if (ON_ITS_WAY.contains(status)) {
      return ANSWERING;
    }
    return "failed".equals(status) ? "failed" : "answered";
  }
}
