package app.chidi.assistant.boundary;

import java.util.List;

/**
 * A customer's message to answer, with the conversation so far.
 *
 * @param platform {@code whatsapp}, {@code instagram} or {@code sandbox}
 * @param history earlier messages, oldest first; empty when there are none
 */
public record CustomerMessage(String text, String platform, List<Turn> history) {

  public CustomerMessage {
    history = history == null ? List.of() : List.copyOf(history);
    platform = platform == null ? "sandbox" : platform;
  }

  public static CustomerMessage of(String text) {
    return new CustomerMessage(text, "sandbox", List.of());
  }
}
