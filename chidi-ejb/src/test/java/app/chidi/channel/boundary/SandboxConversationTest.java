package app.chidi.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.channel.boundary.ConversationDetail.ThreadMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxConversationTest {

  @Test
  void chidiIsAnsweringUntilItsReplyIsSent() {
    SandboxConversation drafting = of(false, customer("received"));
    assertEquals("answering", drafting.state());
    assertTrue(drafting.pending());
    assertEquals("answering", of(false, customer("answered"), reply("queued")).state());
    assertEquals("answering", of(false, customer("answered"), reply("sending")).state());

    SandboxConversation answered = of(false, customer("answered"), reply("sent"));
    assertEquals("answered", answered.state());
    assertFalse(answered.pending());
  }

  @Test
  void theLatestCustomerMessageDecides() {
    assertEquals(
        "answering", of(false, customer("answered"), reply("sent"), customer("received")).state());
    assertEquals(
        "escalated", of(false, customer("answered"), reply("sent"), customer("escalated")).state());
    assertFalse(of(false, customer("escalated")).pending());
  }

  @Test
  void theNewestReplyAfterItCounts() {
    assertEquals("failed", of(false, customer("answered"), reply("failed")).state());
    assertEquals(
        "answered", of(false, customer("answered"), reply("failed"), reply("sent")).state());
    assertEquals("failed", of(false, customer("answered"), reply("sent"), reply("failed")).state());
  }

  @Test
  void aConversationTakenOverIsPausedNotPending() {
    SandboxConversation paused = of(true, customer("received"));
    assertEquals("paused", paused.state());
    assertFalse(paused.pending());
  }

  private static SandboxConversation of(boolean takenOver, ThreadMessage... messages) {
    ConversationSummary summary =
        new ConversationSummary(
            UUID.randomUUID(),
            "Ada",
            "sandbox",
            new ConversationSummary.Customer("ada", "Ada"),
            null,
            null,
            0,
            "active",
            null,
            false,
            takenOver);
    return SandboxConversation.of(summary, List.of(messages));
  }

  private static ThreadMessage customer(String status) {
    return message("inbound", "customer", status);
  }

  private static ThreadMessage reply(String status) {
    return message("outbound", "chidi", status);
  }

  private static ThreadMessage message(String direction, String author, String status) {
    return new ThreadMessage(
        UUID.randomUUID(), direction, author, "text", "text", status, OffsetDateTime.now(), null);
  }
}
