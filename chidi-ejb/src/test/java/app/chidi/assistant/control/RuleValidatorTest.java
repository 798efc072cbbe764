package app.chidi.assistant.control;

import static app.chidi.assistant.control.SampleRules.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.entity.RuleType;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.error.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules are checked on save, and every mistake is named by its path. */
class RuleValidatorTest {

  private final RuleValidator validator = new RuleValidator();
  private static final List<ActionForm> TEN_PERCENT =
      List.of(new ActionForm("percent_discount", json("10")));

  private List<String> fields(
      RuleType type, List<ConditionForm> conditions, List<ActionForm> actions, String template) {
    InvalidFieldsException e =
        assertThrows(
            InvalidFieldsException.class,
            () -> validator.check(type, conditions, actions, template));
    assertEquals("validation/failed", e.code());
    return e.problems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void acceptsAGoodRuleAndKeepsItsValues() {
    var checked =
        validator.check(
            RuleType.PRICING,
            List.of(new ConditionForm("item_count", "gt", json("3"))),
            TEN_PERCENT,
            "{percent}% off for you!");
    assertEquals("item_count", checked.conditions().get(0).field());
    assertEquals(new BigDecimal("10"), checked.actions().get(0).value());
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "colour             | eq       | '\"red\"'      | conditions[0].field",
        "item_count         | between  | 3              | conditions[0].operator",
        "item_count         | contains | 3              | conditions[0].operator",
        "delivery_state     | gt       | '\"A\"'        | conditions[0].operator",
        "product_on_sale    | lt       | true           | conditions[0].operator",
        "product_categories | eq       | '\"x\"'        | conditions[0].operator",
        "item_count         | gt       | '\"3\"'        | conditions[0].value",
        "item_count         | in       | 3              | conditions[0].value",
        "item_count         | in       | []             | conditions[0].value",
        "item_count         | in       | '[1, \"2\"]'   | conditions[0].value",
        "delivery_state     | eq       | 3              | conditions[0].value",
        "delivery_state     | eq       | '\"  \"'       | conditions[0].value",
        "product_on_sale    | eq       | '\"yes\"'      | conditions[0].value",
        "product_categories | contains | '[\"x\"]'      | conditions[0].value",
        "product_categories | in       | '\"x\"'        | conditions[0].value",
      })
  void namesTheWrongPartOfACondition(String field, String operator, String value, String path) {
    assertEquals(
        List.of(path),
        fields(
            RuleType.PRICING,
            List.of(new ConditionForm(field, operator, json(value))),
            TEN_PERCENT,
            null));
  }

  @Test
  void aMissingValueIsAWrongValue() {
    assertEquals(
        List.of("conditions[0].value"),
        fields(
            RuleType.PRICING,
            List.of(new ConditionForm("item_count", "gt", null)),
            TEN_PERCENT,
            null));
  }

  @ParameterizedTest(name = "{0} rule with {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRICING      | percent_discount | 0       | actions[0].value",
        "PRICING      | percent_discount | 100.01  | actions[0].value",
        "PRICING      | percent_discount | '\"10\"'| actions[0].value",
        "PRICING      | fixed_discount   | 0       | actions[0].value",
        "PRICING      | fixed_discount   | 1.005   | actions[0].value",
        "PRICING      | free_shipping    | null    | actions[0].type",
        "PRICING      | discount         | 10      | actions[0].type",
        "SHIPPING     | shipping_fee     | -1      | actions[0].value",
        "SHIPPING     | free_shipping    | 5       | actions[0].value",
        "RETURNS      | return_window    | 14.5    | actions[0].value",
        "RETURNS      | return_window    | 0       | actions[0].value",
        "RETURNS      | return_window    | 366     | actions[0].value",
        "AVAILABILITY | reserve          | 721     | actions[0].value",
        "AVAILABILITY | percent_discount | 10      | actions[0].type",
      })
  void namesTheWrongPartOfAnAction(RuleType type, String action, String value, String path) {
    assertEquals(
        List.of(path), fields(type, List.of(), List.of(new ActionForm(action, json(value))), null));
  }

  @ParameterizedTest(name = "{0} {1} {2} is fine")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRICING      | percent_discount | 100",
        "PRICING      | percent_discount | 0.01",
        "PRICING      | fixed_discount   | 1500.50",
        "SHIPPING     | shipping_fee     | 0",
        "SHIPPING     | free_shipping    | null",
        "RETURNS      | return_window    | 365",
        "RETURNS      | no_returns       | null",
        "AVAILABILITY | reserve          | 24",
      })
  void acceptsActionsAtTheirBounds(RuleType type, String action, String value) {
    validator.check(type, List.of(), List.of(new ActionForm(action, json(value))), null);
  }

  @Test
  void actionsFitTheRuleType() {
    assertEquals(List.of("actions"), fields(RuleType.PRICING, List.of(), List.of(), null));
    assertEquals(
        List.of("actions"),
        fields(RuleType.PRICING, List.of(), List.of(TEN_PERCENT.get(0), TEN_PERCENT.get(0)), null));
    assertEquals(
        List.of("actions", "response_template"),
        fields(RuleType.CUSTOM, List.of(), TEN_PERCENT, null));
    assertEquals(
        List.of("actions[0]"),
        fields(RuleType.PRICING, List.of(), Arrays.asList((ActionForm) null), null));
    validator.check(RuleType.CUSTOM, List.of(), List.of(), "We open at 9.");
  }

  @Test
  void templatesUseOnlyKnownPlaceholders() {
    assertEquals(
        List.of("response_template"),
        fields(RuleType.PRICING, List.of(), TEN_PERCENT, "Pay {price} only"));
    validator.check(RuleType.PRICING, List.of(), TEN_PERCENT, "{percent}% off, you pay {total}");
  }

  @Test
  void reportsEveryMistakeAtOnce() {
    assertEquals(
        List.of(
            "conditions[0]", "conditions[1].field", "conditions[1].operator", "actions[0].type"),
        fields(
            RuleType.SHIPPING,
            Arrays.asList(null, new ConditionForm("x", "y", json("1"))),
            TEN_PERCENT,
            null));
  }
}
