package app.chidi.assistant.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a rule may be made of, for a form that builds one: the facts its conditions look at, the
 * operators that compare them, and the actions of each rule type.
 */
public record RuleTerms(List<Field> fields, List<Operator> operators, List<Action> actions)
    implements Serializable {

  /**
   * A fact a condition may look at.
   *
   * @param type {@code number}, {@code text}, {@code boolean} or {@code list}
   * @param operators the keys of the operators that can compare it
   */
  public record Field(String key, String words, String type, List<String> operators)
      implements Serializable {}

  /** How a condition compares: {@code gt}, "is more than". */
  public record Operator(String key, String words) implements Serializable {}

  /**
   * What a rule of {@code ruleType} can do.
   *
   * @param valueRule what its value must be, or {@code null} when it takes none
   */
  public record Action(String key, String ruleType, String words, String valueRule)
      implements Serializable {}

  public Field field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
  }

  public List<Action> actionsOf(String ruleType) {
    return actions.stream().filter(a -> a.ruleType().equals(ruleType)).toList();
  }
}
