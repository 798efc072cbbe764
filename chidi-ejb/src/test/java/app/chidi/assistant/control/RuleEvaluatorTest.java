package app.chidi.assistant.control;

import static app.chidi.assistant.control.SampleRules.action;
import static app.chidi.assistant.control.SampleRules.bulkDiscount;
import static app.chidi.assistant.control.SampleRules.context;
import static app.chidi.assistant.control.SampleRules.rule;
import static app.chidi.assistant.control.SampleRules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule type, priorities, conflicts, inactive rules, rounding and replies. */
class RuleEvaluatorTest {

  private final RuleEvaluator evaluator = new RuleEvaluator();

  private Evaluation evaluate(RuleContext context, BusinessRule... rules) {
    return evaluator.evaluate(List.of(rules), context);
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected).setScale(2), actual);
  }

  @Test
  void moreThanThreeItemsGetTenPercentOff() {
    BusinessRule bulk = bulkDiscount();
    Evaluation four = evaluate(context().items(4).subtotal("15000").build(), bulk);
    assertEquals(1, four.applied().size());
    assertEquals(bulk.id(), four.applied().get(0).ruleId());
    assertEquals("percent_discount", four.applied().get(0).action());
    assertMoney("15000", four.subtotal());
    assertMoney("1500", four.discount());
    assertMoney("13500", four.total());
    assertNull(four.shippingFee());
    assertTrue(four.explanation().contains("10% off: 1,500 off 15,000"), four.explanation());
    assertTrue(
        four.explanation().contains("because the number of items is more than 3"),
        four.explanation());
    assertTrue(four.explanation().endsWith("Subtotal 15,000, discount 1,500: total 13,500."));

    Evaluation exactlyThree = evaluate(context().items(3).subtotal("15000").build(), bulk);
    assertTrue(exactlyThree.applied().isEmpty(), "3 is not more than 3");
    assertNull(exactlyThree.discount());
    assertMoney("15000", exactlyThree.total());
    assertEquals("No rule applies.", exactlyThree.explanation());
  }

  @ParameterizedTest(name = "{1}% of {0} = {2}")
  @CsvSource({
    "15000, 10, 1500.00",
    "999.99, 10, 100.00",
    "0.05, 10, 0.01",
    "0.04, 10, 0.00",
    "333.33, 33.33, 111.10",
    "100, 12.5, 12.50",
    "0.15, 50, 0.08",
  })
  void percentagesRoundHalfUpToTwoDecimals(String subtotal, String percent, String discount) {
    BusinessRule rule = rule(RuleType.PRICING, 0, action("percent_discount", percent), null);
    Evaluation result = evaluate(context().subtotal(subtotal).build(), rule);
    assertEquals(new BigDecimal(discount), result.discount());
    assertEquals(
        new BigDecimal(subtotal).setScale(2).subtract(new BigDecimal(discount)), result.total());
  }

  @Test
  void aFixedDiscountNeverTakesMoreThanTheSubtotal() {
    BusinessRule rule = rule(RuleType.PRICING, 0, action("fixed_discount", "2000"), null);
    assertMoney("2000", evaluate(context().subtotal("15000").build(), rule).discount());
    Evaluation small = evaluate(context().subtotal("1500").build(), rule);
    assertMoney("1500", small.discount());
    assertMoney("0", small.total());
  }

  @Test
  void withoutASubtotalAPercentageAppliesWithoutFigures() {
    Evaluation result = evaluate(context().items(5).build(), bulkDiscount());
    assertEquals(1, result.applied().size());
    assertNull(result.applied().get(0).amount());
    assertNull(result.discount());
    assertNull(result.total());
  }

  @Test
  void freeDeliveryInLagosOverTwentyThousand() {
    BusinessRule free =
        rule(
            RuleType.SHIPPING,
            10,
            action("free_shipping", null),
            null,
            when("delivery_state", "eq", "\"Lagos\""),
            when("subtotal", "gt", "20000"));
    BusinessRule fee = rule(RuleType.SHIPPING, 0, action("shipping_fee", "2500"), null);

    Evaluation lagosBig = evaluate(context().state("lagos").subtotal("25000").build(), free, fee);
    assertMoney("0", lagosBig.shippingFee());
    assertMoney("25000", lagosBig.total());
    assertEquals(List.of(free.id()), lagosBig.applied().stream().map(a -> a.ruleId()).toList());
    assertEquals(fee.id(), lagosBig.overridden().get(0).ruleId());
    assertEquals(free.id(), lagosBig.overridden().get(0).overriddenBy());

    Evaluation lagosExactly =
        evaluate(context().state("Lagos").subtotal("20000").build(), free, fee);
    assertMoney("2500", lagosExactly.shippingFee());
    assertMoney("22500", lagosExactly.total());
    assertTrue(lagosExactly.overridden().isEmpty());

    Evaluation abuja = evaluate(context().state("Abuja").subtotal("90000").build(), free, fee);
    assertMoney("2500", abuja.shippingFee());
  }

  @Test
  void discountAndDeliveryAddUp() {
    BusinessRule fee = rule(RuleType.SHIPPING, 0, action("shipping_fee", "1500"), null);
    Evaluation result = evaluate(context().items(4).subtotal("20000").build(), bulkDiscount(), fee);
    assertEquals(2, result.applied().size());
    assertMoney("2000", result.discount());
    assertMoney("1500", result.shippingFee());
    assertMoney("19500", result.total());
    assertTrue(
        result
            .explanation()
            .endsWith("Subtotal 20,000, discount 2,000, delivery 1,500: total 19,500."),
        result.explanation());
  }

  @Test
  void returnsWithinFourteenDaysExceptSaleItems() {
    BusinessRule window = rule(RuleType.RETURNS, 0, action("return_window", "14"), null);
    BusinessRule sale =
        rule(
            RuleType.RETURNS,
            10,
            action("no_returns", null),
            null,
            when("product_on_sale", "eq", "true"));

    Evaluation onTime = evaluate(context().days(14).onSale(false).build(), window, sale);
    assertEquals(14, onTime.returnWindowDays());
    assertEquals(Boolean.TRUE, onTime.returnable());

    Evaluation late = evaluate(context().days(15).onSale(false).build(), window, sale);
    assertEquals(Boolean.FALSE, late.returnable());
    assertTrue(late.explanation().contains("too late to return"), late.explanation());

    Evaluation onSale = evaluate(context().days(2).onSale(true).build(), window, sale);
    assertEquals(Boolean.FALSE, onSale.returnable());
    assertNull(onSale.returnWindowDays());
    assertEquals(sale.id(), onSale.applied().get(0).ruleId());
    assertEquals(window.id(), onSale.overridden().get(0).ruleId());

    Evaluation unknownDay = evaluate(context().onSale(false).build(), window, sale);
    assertEquals(14, unknownDay.returnWindowDays());
    assertNull(unknownDay.returnable(), "not known without the purchase date");
  }

  @Test
  void reservationsForTwentyFourHours() {
    BusinessRule reserve =
        rule(
            RuleType.AVAILABILITY,
            0,
            action("reserve", "24"),
            "We can hold it for you for {hours} hours.",
            when("wants_reservation", "eq", "true"));
    Evaluation asked = evaluate(context().reserve(true).build(), reserve);
    assertEquals(24, asked.reservationHours());
    assertEquals(List.of("We can hold it for you for 24 hours."), asked.replies());
    assertNull(evaluate(context().reserve(false).build(), reserve).reservationHours());
  }

  @Test
  void customRulesOnlyReplyAndAllOfThemApply() {
    BusinessRule aso =
        rule(
            RuleType.CUSTOM,
            0,
            null,
            "Aso-oke is made to order: allow 2 weeks.",
            when("product_name", "contains", "\"aso-oke\""));
    BusinessRule lagos =
        rule(
            RuleType.CUSTOM,
            5,
            null,
            "Pick-up is possible at our Yaba shop.",
            when("delivery_city", "eq", "\"Yaba\""));
    Evaluation result =
        evaluate(context().product("Blue Aso-Oke Set").city("Yaba").build(), aso, lagos);
    assertEquals(2, result.applied().size());
    assertEquals(
        List.of(
            "Pick-up is possible at our Yaba shop.", "Aso-oke is made to order: allow 2 weeks."),
        result.replies());
    assertEquals("reply", result.applied().get(0).action());
  }

  @Test
  void conflictingDiscountsHighestPriorityWins() {
    BusinessRule small = rule(RuleType.PRICING, 1, action("percent_discount", "5"), null);
    BusinessRule big =
        rule(
            RuleType.PRICING,
            0,
            action("percent_discount", "20"),
            null,
            when("item_count", "gte", "1"));
    Evaluation result = evaluate(context().items(2).subtotal("10000").build(), big, small);
    assertMoney("500", result.discount(), "priority, not the customer's best deal, decides");
    assertEquals(small.id(), result.applied().get(0).ruleId());
    assertEquals(big.id(), result.overridden().get(0).ruleId());
  }

  private static void assertMoney(String expected, BigDecimal actual, String message) {
    assertEquals(new BigDecimal(expected).setScale(2), actual, message);
  }

  @Test
  void onATieInPriorityTheOlderRuleWins() {
    BusinessRule older = rule(RuleType.PRICING, 3, action("fixed_discount", "100"), null);
    BusinessRule newer = rule(RuleType.PRICING, 3, action("fixed_discount", "900"), null);
    Evaluation result = evaluate(context().subtotal("1000").build(), newer, older);
    assertEquals(older.id(), result.applied().get(0).ruleId());
    assertMoney("100", result.discount());
  }

  @Test
  void inactiveRulesAreIgnoredButCanBeTried() {
    BusinessRule bulk = bulkDiscount();
    bulk.activate(false);
    RuleContext four = context().items(4).subtotal("100").build();
    assertTrue(evaluate(four, bulk).applied().isEmpty());
    assertMoney("10", evaluator.trial(bulk, four).discount());
  }

  @Test
  void aReplyNeedingAFigureTheFactsDoNotGiveIsLeftOut() {
    BusinessRule bulk =
        rule(
            RuleType.PRICING,
            0,
            action("percent_discount", "10"),
            "{percent}% off: you pay {total}.",
            when("item_count", "gt", "3"));
    Evaluation known = evaluate(context().items(4).subtotal("20000").build(), bulk);
    assertEquals(List.of("10% off: you pay 18,000."), known.replies());
    Evaluation unknown = evaluate(context().items(4).build(), bulk);
    assertTrue(unknown.replies().isEmpty());
    assertTrue(unknown.explanation().contains("left out"), unknown.explanation());
  }

  @Test
  void allConditionsMustHold() {
    BusinessRule rule =
        rule(
            RuleType.PRICING,
            0,
            action("percent_discount", "10"),
            null,
            when("item_count", "gt", "3"),
            when("product_categories", "contains", "\"shirts\""));
    assertEquals(
        1, evaluate(context().items(4).categories("Shirts").build(), rule).applied().size());
    assertEquals(
        0, evaluate(context().items(4).categories("Shoes").build(), rule).applied().size());
    assertEquals(0, evaluate(context().items(4).build(), rule).applied().size());
  }
}
