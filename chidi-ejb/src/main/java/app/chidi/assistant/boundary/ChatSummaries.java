package app.chidi.assistant.boundary;

import app.chidi.assistant.control.OwnerModels;
import app.chidi.platform.tenancy.Tenanted;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Summaries of the owner's chat written by a language model, when one is configured: the summary so
 * far and the messages about to be purged become one new summary that keeps what CHIDI should
 * remember about the business.
 */
@Stateless
@Tenanted
public class ChatSummaries {

  /** The longest summary kept, in characters; a longer answer is cut at a line. */
  static final int MAX_LENGTH = 4000;

  /** The most transcript sent at once, in characters: the newest lines are kept. */
  static final int MAX_TRANSCRIPT = 24_000;

  private static final String INSTRUCTIONS =
      "You keep the memory of a shop owner's chat with CHIDI, the shop's assistant. Merge the"
          + " summary so far and the messages below into one new summary: facts about the business,"
          + " rules taught, changed or removed, stock changes, decisions and questions still open."
          + " Newer facts replace older ones. Plain text, at most 15 short lines, no preamble.";

  @Inject OwnerModels models;

  /**
   * The new summary; empty when no model is configured or none answered.
   *
   * @param previous the summary so far, or {@code null}
   * @param transcript the messages to add, oldest first, one line each ("2026-11-02 owner: …")
   */
  public Optional<String> summarize(String previous, List<String> transcript) {
    if (!models.configured() || transcript.isEmpty()) {
      return Optional.empty();
    }
    String lines = String.join("\n", transcript);
    if (lines.length() > MAX_TRANSCRIPT) {
      lines = lines.substring(lines.indexOf('\n', lines.length() - MAX_TRANSCRIPT) + 1);
    }
    String question =
        "Summary so far:\n"
            + (previous == null || previous.isBlank() ? "(none)" : previous)
            + "\n\nMessages to add, oldest first:\n"
            + lines;
    return models
        .chat(
            ChatRequest.builder()
                .messages(List.of(SystemMessage.from(INSTRUCTIONS), UserMessage.from(question)))
                .build())
        .map(reply -> reply.text() == null ? "" : reply.text().strip())
        .filter(text -> !text.isEmpty())
        .map(ChatSummaries::bounded);
  }

  private static String bounded(String summary) {
    if (summary.length() <= MAX_LENGTH) {
      return summary;
    }
    int cut = summary.lastIndexOf('\n', MAX_LENGTH);
    return summary.substring(0, cut > 0 ? cut : MAX_LENGTH);
  }
}
