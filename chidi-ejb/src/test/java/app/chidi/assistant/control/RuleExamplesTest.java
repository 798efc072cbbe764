package app.chidi.assistant.control;

import static app.chidi.assistant.control.SampleRules.action;
import static app.chidi.assistant.control.SampleRules.bulkDiscount;
import static app.chidi.assistant.control.SampleRules.rule;
import static app.chidi.assistant.control.SampleRules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.assistant.entity.RuleType;
import org.junit.jupiter.api.Test;

/** Worked examples and summaries, as the rules page shows them. */
class RuleExamplesTest {

  private final RuleExamples examples = new RuleExamples();

  RuleExamplesTest() {
    examples.evaluator = new RuleEvaluator();
  }

  @Test
  void aDiscountWithoutConditionsIsShownOnThreeShirtsAtFiveThousand() {
    assertEquals(
        "3 items at 5,000 each (15,000) → 10% off: 1,500 off 15,000 → total 13,500",
        examples.example(rule(RuleType.PRICING, 0, action("percent_discount", "10"), null)));
  }

  @Test
  void moreThanThreeItemsIsShownOnFour() {
    assertEquals(
        "4 items at 5,000 each (20,000) → 10% off: 2,000 off 20,000 → total 18,000",
        examples.example(bulkDiscount()));
    assertEquals(
        "When the number of items is more than 3: 10% off the order.",
        RuleWording.summary(bulkDiscount()));
  }

  @Test
  void freeDeliveryInLagosOverAnAmount() {
    var rule =
        rule(
            RuleType.SHIPPING,
            0,
            action("free_shipping", null),
            null,
            when("delivery_state", "eq", "\"Lagos\""),
            when("subtotal", "gt", "20000"));
    assertEquals(
        "An order of 25,000, delivered to Lagos → free delivery → total 25,000",
        examples.example(rule));
    assertEquals(
        "When the delivery state is Lagos and the order subtotal is more than 20,000: free"
            + " delivery.",
        RuleWording.summary(rule));
  }

  @Test
  void returnsExceptSaleItems() {
    var rule =
        rule(
            RuleType.RETURNS,
            0,
            action("return_window", "14"),
            null,
            when("product_on_sale", "eq", "false"));
    assertEquals(
        "Not on sale, bought 7 days ago → returns accepted within 14 days (bought 7 days ago: can"
            + " be returned)",
        examples.example(rule));
    assertEquals(
        "When not (the item is on sale): returns accepted within 14 days of purchase.",
        RuleWording.summary(rule));
  }

  @Test
  void conditionsThatCanNeverHoldTogetherSayso() {
    var rule =
        rule(
            RuleType.PRICING,
            0,
            action("percent_discount", "10"),
            null,
            when("item_count", "gt", "5"),
            when("item_count", "lt", "3"));
    assertEquals("No order meets all these conditions.", examples.example(rule));
  }

  @Test
  void aReservationAndACustomReply() {
    var reserve =
        rule(
            RuleType.AVAILABILITY,
            0,
            action("reserve", "24"),
            null,
            when("wants_reservation", "eq", "true"));
    assertEquals(
        "The customer asks to reserve → items can be reserved for 24 hours",
        examples.example(reserve));
    var custom =
        rule(
            RuleType.CUSTOM,
            0,
            null,
            "We deliver on Saturdays too.",
            when("delivery_city", "in", "[\"Ikeja\",\"Yaba\"]"));
    assertEquals(
        "When the delivery city is one of Ikeja or Yaba: reply \"We deliver on Saturdays too.\".",
        RuleWording.summary(custom));
    assertEquals("Delivered to Ikeja → replies with its template", examples.example(custom));
  }
}
