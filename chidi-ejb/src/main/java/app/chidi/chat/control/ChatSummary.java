package app.chidi.chat.control;

import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.ChatRole;
import app.chidi.chat.entity.MessageKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local engine's summary of messages about to be purged (a language model's, when one is
 * configured, is made from their {@link #transcript}): extractive, one dated line per message that
 * carries something — what the owner said (not "skip" or a greeting) and each change CHIDI made —
 * added to the summary so far, the oldest lines dropped past {@link #MAX_LENGTH}.
 */
public final class ChatSummary {

  static final int MAX_LENGTH = 4000;
  static final int MAX_LINE = 160;
  private static final Pattern DONE = Pattern.compile("^(Saved|Changed|Removed|Done)\\b.*");
  private static final Pattern IDLE =
      Pattern.compile("^(skip( all)?|hi|hello|hey|ok(ay)?|thanks?( you)?|yes|no)[.!]*$");

  private ChatSummary() {}

  /**
   * @param previous the summary so far, or {@code null}
   * @param messages the messages to add, oldest first
   */
  public static String extend(String previous, List<ChatMessage> messages) {
    List<String> lines =
        previous == null || previous.isBlank()
            ? new ArrayList<>()
            : new ArrayList<>(Arrays.asList(previous.split("\n")));
    messages.stream().filter(ChatSummary::carries).map(ChatSummary::line).forEach(lines::add);
    while (String.join("\n", lines).length() > MAX_LENGTH) {
      lines.remove(0);
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** Every message as one dated line, oldest first: what a language model summarises from. */
  public static List<String> transcript(List<ChatMessage> messages) {
    return messages.stream().map(ChatSummary::line).toList();
  }

  private static boolean carries(ChatMessage message) {
    if (message.kind() != MessageKind.TEXT) {
      return false;
    }
    String text = message.content().strip();
    return message.role() == ChatRole.USER
        ? !IDLE.matcher(text.toLowerCase(Locale.ROOT)).matches()
        : DONE.matcher(text).matches();
  }

  private static String line(ChatMessage message) {
    String text = message.content().strip().replaceAll("\\s+", " ");
    String shown = text.length() > MAX_LINE ? text.substring(0, MAX_LINE - 1) + "…" : text;
    return message.createdAt().toLocalDate()
        + (message.role() == ChatRole.USER ? " owner: " : " CHIDI: ")
        + shown;
  }
}
