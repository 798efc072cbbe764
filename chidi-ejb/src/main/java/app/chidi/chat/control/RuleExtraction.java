package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleView;

/**
 * What the owner's words make of the rules: a new rule, a change or removal of one, a question
 * back, or nothing about rules.
 */
public sealed interface RuleExtraction {

  /** A rule read without guessing, in the form the rules API takes. */
  record Proposed(RuleForm form) implements RuleExtraction {}

  /** A new action for an existing rule: "make the discount 15%". */
  record Change(RuleView rule, ActionForm action) implements RuleExtraction {}

  /** "remove the Lagos delivery rule". */
  record Remove(RuleView rule) implements RuleExtraction {}

  /** The words are about a rule but miss or blur something only the owner can say. */
  record Clarify(String question) implements RuleExtraction {}

  /** The words teach no rule. */
  record NotARule() implements RuleExtraction {}
}
