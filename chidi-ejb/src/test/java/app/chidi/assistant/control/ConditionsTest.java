package app.chidi.assistant.control;

import static app.chidi.assistant.control.SampleRules.context;
import static app.chidi.assistant.control.SampleRules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.assistant.boundary.RuleContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operator on every type of fact, at its boundaries, and unknown facts. */
class ConditionsTest {

  private static boolean holds(String field, String operator, String value, RuleContext context) {
    return Conditions.holds(when(field, operator, value), context);
  }

  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eq     | 3 | 3        | true",
        "eq     | 4 | 3        | false",
        "neq    | 4 | 3        | true",
        "neq    | 3 | 3        | false",
        "gt     | 4 | 3        | true",
        "gt     | 3 | 3        | false",
        "gte    | 3 | 3        | true",
        "gte    | 2 | 3        | false",
        "lt     | 2 | 3        | true",
        "lt     | 3 | 3        | false",
        "lte    | 3 | 3        | true",
        "lte    | 4 | 3        | false",
        "in     | 2 | [1,2,5]  | true",
        "in     | 3 | [1,2,5]  | false",
        "not_in | 3 | [1,2,5]  | true",
        "not_in | 5 | [1,2,5]  | false",
        "eq     | 3 | 3.0      | true",
      })
  void numbers(String operator, int items, String value, boolean expected) {
    assertEquals(expected, holds("item_count", operator, value, context().items(items).build()));
  }

  @ParameterizedTest(name = "subtotal {1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gt  | 20000.01 | 20000 | true",
        "gt  | 20000.00 | 20000 | false",
        "gte | 20000.00 | 20000 | true",
        "lt  | 19999.99 | 20000 | true",
        "lte | 20000.00 | 20000 | true",
      })
  void money(String operator, String subtotal, String value, boolean expected) {
    assertEquals(
        expected, holds("subtotal", operator, value, context().subtotal(subtotal).build()));
  }

  @ParameterizedTest(name = "state {1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eq       | Lagos  | '\"lagos\"'              | true",
        "eq       | ' Lagos '| '\"LAGOS\"'            | true",
        "eq       | Abuja  | '\"Lagos\"'              | false",
        "neq      | Abuja  | '\"Lagos\"'              | true",
        "neq      | Lagos  | '\"Lagos\"'              | false",
        "in       | Ogun   | '[\"Lagos\",\"Ogun\"]'   | true",
        "in       | Kano   | '[\"Lagos\",\"Ogun\"]'   | false",
        "not_in   | Kano   | '[\"Lagos\",\"Ogun\"]'   | true",
        "not_in   | ogun   | '[\"Lagos\",\"Ogun\"]'   | false",
        "contains | Lagos Island | '\"island\"'       | true",
        "contains | Lagos  | '\"island\"'             | false",
      })
  void texts(String operator, String state, String value, boolean expected) {
    assertEquals(
        expected, holds("delivery_state", operator, value, context().state(state).build()));
  }

  @ParameterizedTest(name = "on sale {1} {0} {2} -> {3}")
  @CsvSource({
    "eq, true, true, true",
    "eq, false, true, false",
    "eq, false, false, true",
    "neq, true, false, true",
    "neq, true, true, false",
  })
  void booleans(String operator, boolean onSale, String value, boolean expected) {
    assertEquals(
        expected, holds("product_on_sale", operator, value, context().onSale(onSale).build()));
  }

  @ParameterizedTest(name = "categories {0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "contains | '\"Shoes\"'               | true",
        "contains | '\"Bags\"'                | false",
        "in       | '[\"bags\", \"shoes\"]'   | true",
        "in       | '[\"bags\", \"hats\"]'    | false",
        "not_in   | '[\"bags\", \"hats\"]'    | true",
        "not_in   | '[\"dresses\"]'           | false",
      })
  void lists(String operator, String value, boolean expected) {
    assertEquals(
        expected,
        holds(
            "product_categories",
            operator,
            value,
            context().categories("shoes", "Dresses").build()));
  }

  @ParameterizedTest(name = "unknown {0} never holds ({1} {2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "item_count          | neq      | 3",
        "item_count          | not_in   | [1]",
        "subtotal            | lt       | 100",
        "delivery_state      | neq      | '\"Lagos\"'",
        "delivery_city       | not_in   | '[\"Ikeja\"]'",
        "product_categories  | not_in   | '[\"x\"]'",
        "product_name        | contains | '\"dress\"'",
        "product_on_sale     | neq      | true",
        "days_since_purchase | lte      | 14",
        "wants_reservation   | eq       | false",
      })
  void anUnknownFactNeverMeetsACondition(String field, String operator, String value) {
    assertEquals(false, holds(field, operator, value, RuleContext.empty()));
  }

  @ParameterizedTest(name = "ill-fitting {0} {1} {2} does not hold")
  @CsvSource(
      delimiter = '|',
      value = {
        "item_count      | contains | 3",
        "item_count      | gt       | '\"3\"'",
        "delivery_state  | gt       | '\"A\"'",
        "product_on_sale | eq       | '\"yes\"'",
        "colour          | eq       | '\"red\"'",
        "item_count      | between  | 3",
      })
  void aConditionThatDoesNotFitItsFieldNeverHolds(String field, String operator, String value) {
    RuleContext everything = context().items(3).state("Lagos").onSale(true).build();
    assertEquals(false, holds(field, operator, value, everything));
  }
}
