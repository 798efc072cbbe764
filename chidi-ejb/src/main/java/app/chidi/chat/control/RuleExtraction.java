package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleView;
import java.util.List;

/**
 * What the owner's words make of the rules: a new rule, a change or removal of one, a question
 * back, or nothing about rules.
 */
public sealed interface RuleExtraction {

  /** A rule read without guessing, in the form the rules API takes. */
  record Proposed(RuleForm form) implements RuleExtraction {}

  /** A change of an existing rule: "make the discount 15%" (a new action), or a model's edit. */
  record Change(RuleView rule, RuleChanges changes) implements RuleExtraction {

    /** The rule with {@code action} in place of its action. */
    static Change action(RuleView rule, ActionForm action) {
      return new Change(
          rule, new RuleChanges(null, null, null, null, List.of(action), null, null, null));
    }
  }

  /** "remove the Lagos delivery rule". */
  record Remove(RuleView rule) implements RuleExtraction {}

  /** The words are about a rule but miss or blur something only the owner can say. */
  record Clarify(String question) implements RuleExtraction {}

  /** The words teach no rule. */
  record NotARule() implements RuleExtraction {}
}
