package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleTerms;
import app.chidi.assistant.entity.RuleType;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A form built from the vocabulary offers only what the validator accepts, and all of it. */
class RuleVocabularyTest {

  private final RuleValidator validator = new RuleValidator();
  private final RuleTerms terms = RuleVocabulary.terms();

  @Test
  void everyFieldWithEachOfItsOperatorsPassesTheValidator() {
    for (RuleTerms.Field field : terms.fields()) {
      for (String operator : field.operators()) {
        ConditionForm condition = new ConditionForm(field.key(), operator, sample(field, operator));
        assertDoesNotThrow(
            () -> validator.check(RuleType.CUSTOM, List.of(condition), List.of(), "Hello"),
            field.key() + " " + operator);
      }
    }
    assertEquals(ContextField.values().length, terms.fields().size());
  }

  @Test
  void everyActionOfEachRuleTypePassesTheValidator() {
    for (RuleType type : RuleType.values()) {
      List<RuleTerms.Action> actions = terms.actionsOf(type.name().toLowerCase(Locale.ROOT));
      assertEquals(type == RuleType.CUSTOM, actions.isEmpty(), type.name());
      for (RuleTerms.Action action : actions) {
        JsonValue value = action.valueRule() == null ? JsonValue.NULL : Json.createValue(1);
        assertDoesNotThrow(
            () ->
                validator.check(
                    type, List.of(), List.of(new ActionForm(action.key(), value)), null),
            action.key());
        assertFalse(action.words().isBlank());
      }
    }
  }

  private static JsonValue sample(RuleTerms.Field field, String operator) {
    JsonValue one =
        switch (field.type()) {
          case "number" -> Json.createValue(3);
          case "boolean" -> JsonValue.TRUE;
          default -> Json.createValue("Lagos");
        };
    boolean list =
        operator.equals("in")
            || operator.equals("not_in")
            || (field.type().equals("list") && !operator.equals("contains"));
    return list ? Json.createArrayBuilder().add(one).build() : one;
  }
}
