package app.chidi.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.MessageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatSummaryTest {

  private static final UUID CHAT = UUID.randomUUID();
  private static final UUID BUSINESS = UUID.randomUUID();
  private static final UUID OWNER = UUID.randomUUID();

  private static ChatMessage owner(String text) {
    return ChatMessage.fromUser(CHAT, BUSINESS, OWNER, text);
  }

  private static ChatMessage chidi(String text) {
    return ChatMessage.answer(CHAT, BUSINESS, OWNER, text, 1.0);
  }

  @Test
  void keepsWhatTheOwnerSaidAndWhatChidiChanged() {
    String today = LocalDate.now().toString();
    String summary =
        ChatSummary.extend(
            "2026-01-01 owner: we sell bags",
            List.of(
                owner("hello"),
                owner("free delivery in Lagos for orders over 20k"),
                ChatMessage.proposal(
                    CHAT, BUSINESS, OWNER, MessageKind.RULE_PROPOSAL, "Save?", "{}"),
                chidi("Here is the rule I understood"),
                chidi("Saved: free delivery in Lagos."),
                owner("skip")));
    assertEquals(
        "2026-01-01 owner: we sell bags\n"
            + today
            + " owner: free delivery in Lagos for orders over 20k\n"
            + today
            + " CHIDI: Saved: free delivery in Lagos.",
        summary);
    assertNull(ChatSummary.extend(null, List.of(owner("thanks"))));
  }

  @Test
  void dropsTheOldestLinesPastTheLimit() {
    String summary =
        ChatSummary.extend(
            "x".repeat(ChatSummary.MAX_LENGTH - 10), List.of(owner("a".repeat(500))));
    assertTrue(summary.length() <= ChatSummary.MAX_LENGTH);
    assertTrue(summary.endsWith("…"), summary);
  }
}
