package app.chidi.assistant.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.chidi.assistant.boundary.ConfidenceParts;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.ReplyReasons;
import app.chidi.assistant.boundary.UsedFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyItemTest {

  @Test
  void showsPercentagesTheThresholdAndTheReasons() {
    Reply reply =
        new Reply(
            "Let me check that for you.",
            0.567,
            Reply.ESCALATE,
            "product_availability",
            new ReplyReasons(UsedFacts.none(), List.of("the product match is only partial")),
            new ConfidenceParts(0.95, 0.6, 1.2));
    ReplyItem item = new ReplyItem(reply, 0.8, List.of("1 product from your catalogue"));
    assertFalse(item.isSends());
    assertEquals(57, item.getConfidence());
    assertEquals(80, item.getThreshold());
    assertEquals(95, item.getIntentPart());
    assertEquals(60, item.getGroundingPart());
    assertEquals(100, item.getClarityPart(), "capped at 100 %");
    assertEquals("Product availability", item.getIntent());
    assertEquals(List.of("the product match is only partial"), item.getReasons());
  }

  @Test
  void aMissingIntentReadsUnknownAndTabsFallBackToTry() {
    assertEquals("Unknown", ReplyItem.words(null));
    assertEquals("try", AssistantTabs.of(null));
    assertEquals("try", AssistantTabs.of("../etc"));
    assertEquals("rules", AssistantTabs.of("rules"));
  }
}
