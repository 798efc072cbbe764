package app.chidi.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import app.chidi.chat.control.RuleExtraction.Change;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.chat.control.RuleExtraction.Remove;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuleEditsTest {

  private final RuleEdits edits = new RuleEdits();

  private static RuleView rule(
      String type, String name, String action, String value, String state) {
    List<RuleCondition> conditions =
        state == null
            ? List.of()
            : List.of(new RuleCondition("delivery_state", "eq", Json.createValue(state)));
    return new RuleView(
        UUID.randomUUID(),
        type,
        name,
        null,
        conditions,
        List.of(new RuleAction(action, value == null ? null : new BigDecimal(value))),
        null,
        5,
        true,
        name,
        "",
        null,
        null);
  }

  private final RuleView bulk =
      rule("pricing", "10% off over 3 items", "percent_discount", "10", null);
  private final RuleView lagos =
      rule("shipping", "Lagos delivery", "shipping_fee", "2000", "Lagos");
  private final RuleView lagosFree =
      rule("shipping", "Free delivery Lagos", "free_shipping", null, "Lagos");
  private final RuleView abuja = rule("shipping", "Abuja delivery", "shipping_fee", "3500", "FCT");
  private final RuleView returns =
      rule("returns", "Returns within 14 days", "return_window", "14", null);
  private final List<RuleView> rules = List.of(bulk, lagos, lagosFree, abuja, returns);

  @Test
  void changesTheOneRuleTheWordsName() {
    Change discount = assertInstanceOf(Change.class, edits.read("make the discount 15%", rules));
    assertEquals(bulk, discount.rule());
    assertEquals("percent_discount", discount.changes().actions().get(0).type());
    assertEquals("15", discount.changes().actions().get(0).value().toString());

    Change fee =
        assertInstanceOf(Change.class, edits.read("change the Abuja delivery fee to 4,000", rules));
    assertEquals(abuja, fee.rule());
    assertEquals("4000", fee.changes().actions().get(0).value().toString());

    Change window = assertInstanceOf(Change.class, edits.read("set returns to 7 days", rules));
    assertEquals("7", window.changes().actions().get(0).value().toString());
  }

  @Test
  void removesByNameAndAsksWhenTwoFit() {
    assertEquals(
        lagos,
        assertInstanceOf(Remove.class, edits.read("remove the Lagos delivery rule", rules)).rule());
    assertEquals(
        abuja,
        assertInstanceOf(Remove.class, edits.read("delete the Abuja delivery", rules)).rule());
    Clarify which = assertInstanceOf(Clarify.class, edits.read("remove the Lagos rule", rules));
    assertTrue(which.question().startsWith("Which one"), which.question());
  }

  @Test
  void leavesOtherWordsAlone() {
    assertEquals(new NotARule(), edits.read("more than 3 items → 10% off", rules));
    assertEquals(new NotARule(), edits.read("hello", rules));
    assertInstanceOf(Clarify.class, edits.read("remove the Kano delivery rule", rules));
  }
}
