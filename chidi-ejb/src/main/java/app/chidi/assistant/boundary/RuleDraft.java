package app.chidi.assistant.boundary;

import java.util.UUID;

/**
 * What a language model made of an owner's words about rules, through its functions ({@code
 * create_business_rule}, {@code update_business_rule}, {@code delete_business_rule}) or in words.
 * Nothing is saved: the chat proposes it, and the rule is checked and saved on confirmation.
 */
public sealed interface RuleDraft {

  /** A new rule, not yet checked against the rule vocabulary. */
  record Create(RuleForm form) implements RuleDraft {}

  /** A change of the business's rule {@code ruleId}; absent fields stay as they are. */
  record Update(UUID ruleId, RuleChanges changes) implements RuleDraft {}

  /** Removing the business's rule {@code ruleId}. */
  record Delete(UUID ruleId) implements RuleDraft {}

  /** No function call: a question back, or an answer in words. */
  record Say(String text) implements RuleDraft {}
}
