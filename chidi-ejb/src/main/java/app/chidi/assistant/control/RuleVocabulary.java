package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleTerms;
import java.util.Arrays;
import java.util.Locale;

/** The fields, operators and actions rules are checked against, named for a form. */
public final class RuleVocabulary {

  private static final RuleTerms TERMS =
      new RuleTerms(
          Arrays.stream(ContextField.values())
              .map(
                  f ->
                      new RuleTerms.Field(
                          f.key(),
                          f.words,
                          typeKey(f.type),
                          f.type.operators.stream().map(Operator::key).toList()))
              .toList(),
          Arrays.stream(Operator.values())
              .map(o -> new RuleTerms.Operator(o.key(), o.words))
              .toList(),
          Arrays.stream(ActionType.values())
              .map(
                  a ->
                      new RuleTerms.Action(
                          a.key(),
                          a.ruleType.name().toLowerCase(Locale.ROOT),
                          a.words,
                          a.value == ActionType.Value.NONE ? null : a.value.rule))
              .toList());

  private RuleVocabulary() {}

  public static RuleTerms terms() {
    return TERMS;
  }

  private static String typeKey(FieldType type) {
    return type == FieldType.STRING ? "text" : type.name().toLowerCase(Locale.ROOT);
  }
}
