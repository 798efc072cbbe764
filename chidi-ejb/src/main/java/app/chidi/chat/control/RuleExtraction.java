package app.chidi.chat.control;

import app.chidi.assistant.boundary.RuleForm;

/** What the owner's words make as a rule: a rule to propose, a question back, or no rule. */
public sealed interface RuleExtraction {

  /** A rule read without guessing, in the form the rules API takes. */
  record Proposed(RuleForm form) implements RuleExtraction {}

  /** The words are about a rule but miss or blur something only the owner can say. */
  record Clarify(String question) implements RuleExtraction {}

  /** The words teach no rule. */
  record NotARule() implements RuleExtraction {}
}
