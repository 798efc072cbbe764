package app.chidi.assistant.control;

import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.RuleTerms;
import app.chidi.assistant.boundary.RuleView;
import java.util.List;

/**
 * The system message for the owner's chat about rules: what CHIDI may do, the rule vocabulary (the
 * only fields, operators and actions the functions accept), the business's rules with their ids,
 * the summary of the older chat and the knowledge relevant to the message. The latest messages go
 * to the model as the conversation itself.
 */
public final class RulePrompt {

  private RulePrompt() {}

  public static String of(
      String shopName,
      RuleTerms terms,
      List<RuleView> rules,
      String summary,
      List<KnowledgeView> knowledge) {
    StringBuilder text =
        new StringBuilder(
            "You are CHIDI, the assistant of the shop \""
                + shopName
                + "\", talking with its owner or staff. When they state a business rule (a"
                + " discount, a delivery fee or area, a returns window or exception, a"
                + " reservation), call create_business_rule; when they change or remove one of"
                + " the rules below, call update_business_rule or delete_business_rule with its"
                + " id. Call at most one function. Nothing is saved until the owner confirms. If"
                + " something only the owner can say is missing or unclear (an amount, a"
                + " threshold, which rule), ask one short question instead of guessing. Use only"
                + " the vocabulary below; amounts are plain numbers in the shop's currency.\n\n"
                + "Fields for conditions (key: meaning [type; operators]):\n");
    terms
        .fields()
        .forEach(
            f ->
                text.append("- ")
                    .append(f.key())
                    .append(": ")
                    .append(f.words())
                    .append(" [")
                    .append(f.type())
                    .append("; ")
                    .append(String.join(", ", f.operators()))
                    .append("]\n"));
    text.append("Operators: ");
    terms
        .operators()
        .forEach(o -> text.append(o.key()).append(" (").append(o.words()).append(") "));
    text.append("\nActions (key, rule type: meaning; value):\n");
    terms
        .actions()
        .forEach(
            a ->
                text.append("- ")
                    .append(a.key())
                    .append(", ")
                    .append(a.ruleType())
                    .append(": ")
                    .append(a.words())
                    .append("; ")
                    .append(a.valueRule() == null ? "no value" : a.valueRule())
                    .append('\n'));
    text.append("\nThe shop's rules now:\n");
    if (rules.isEmpty()) {
      text.append("(none)\n");
    }
    rules.forEach(
        r ->
            text.append("- id ")
                .append(r.id())
                .append(r.isActive() ? "" : " (switched off)")
                .append(": ")
                .append(r.name())
                .append(" — ")
                .append(r.summary())
                .append('\n'));
    if (!knowledge.isEmpty()) {
      text.append("\nWhat the shop has told CHIDI that may matter here:\n");
      knowledge.forEach(
          k -> text.append("- ").append(k.topic()).append(": ").append(k.content()).append('\n'));
    }
    if (summary != null && !summary.isBlank()) {
      text.append("\nEarlier in this chat: ").append(summary).append('\n');
    }
    return text.toString();
  }
}
