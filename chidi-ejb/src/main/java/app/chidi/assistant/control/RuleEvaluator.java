package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.OverriddenRule;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a business's rules to the facts of an order or question, deterministically.
 *
 * <p>Rules go in order: higher priority first, then the older rule, then by id. <b>Conflicts:</b>
 * of the rules of one type whose conditions hold, only the first applies (one discount, one
 * delivery rule, one returns rule, one reservation rule); the others are reported as overridden.
 * Discounts do not stack, so the owner decides which wins by priority. Every custom rule that holds
 * applies. A reply whose template needs a figure the facts do not give is left out, never sent with
 * a hole in it.
 */
@ApplicationScoped
public class RuleEvaluator {

  static final Comparator<BusinessRule> ORDER =
      Comparator.comparingInt(BusinessRule::priority)
          .reversed()
          .thenComparing(BusinessRule::createdAt)
          .thenComparing(BusinessRule::id);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  /** The active rules among {@code rules}, applied to {@code context}. */
  public Evaluation evaluate(List<BusinessRule> rules, RuleContext context) {
    return decide(rules.stream().filter(BusinessRule::active).toList(), context);
  }

  /** One rule, active or not, applied on its own: the owner trying it out. */
  public Evaluation trial(BusinessRule rule, RuleContext context) {
    return decide(List.of(rule), context);
  }

  private Evaluation decide(List<BusinessRule> rules, RuleContext context) {
    Map<RuleType, BusinessRule> winners = new EnumMap<>(RuleType.class);
    List<OverriddenRule> overridden = new ArrayList<>();
    Tally tally = new Tally(context);
    for (BusinessRule rule : rules.stream().sorted(ORDER).toList()) {
      if (!Conditions.holdAll(rule.conditions(), context)) {
        continue;
      }
      BusinessRule winner = winners.get(rule.type());
      if (winner != null) {
        overridden.add(new OverriddenRule(rule.id(), rule.name(), winner.id()));
        continue;
      }
      if (rule.type() != RuleType.CUSTOM) {
        winners.put(rule.type(), rule);
      }
      tally.apply(rule);
    }
    List<String> notes = new ArrayList<>();
    List<String> replies = replies(rules.stream().sorted(ORDER).toList(), tally, notes);
    return new Evaluation(
        List.copyOf(tally.applied),
        List.copyOf(overridden),
        tally.subtotal,
        tally.discount,
        tally.fee,
        tally.total(),
        tally.windowDays,
        tally.returnable,
        tally.reservationHours,
        replies,
        explanation(tally, overridden, notes));
  }

  private static List<String> replies(List<BusinessRule> ordered, Tally tally, List<String> notes) {
    List<String> replies = new ArrayList<>();
    for (BusinessRule rule : ordered) {
      if (!tally.figures.containsKey(rule) || rule.responseTemplate() == null) {
        continue;
      }
      Map<String, String> figures = new HashMap<>(tally.shared());
      figures.putAll(tally.figures.get(rule));
      Matcher matcher = PLACEHOLDER.matcher(rule.responseTemplate());
      StringBuilder reply = new StringBuilder();
      String missing = null;
      while (matcher.find()) {
        String figure = figures.get(matcher.group(1));
        missing = figure == null && missing == null ? matcher.group(1) : missing;
        matcher.appendReplacement(reply, Matcher.quoteReplacement(figure == null ? "" : figure));
      }
      matcher.appendTail(reply);
      if (missing == null) {
        replies.add(reply.toString());
      } else {
        notes.add(
            "The reply of '"
                + rule.name()
                + "' is left out: the facts do not give {"
                + missing
                + "}.");
      }
    }
    return List.copyOf(replies);
  }

  private static String explanation(
      Tally tally, List<OverriddenRule> overridden, List<String> notes) {
    if (tally.applied.isEmpty()) {
      return "No rule applies.";
    }
    List<String> sentences = new ArrayList<>();
    tally.applied.forEach(a -> sentences.add(RuleWording.capitalise(a.effect()) + "."));
    overridden.forEach(
        o ->
            sentences.add(
                "'" + o.name() + "' also matched but a rule of the same type comes first."));
    if (tally.subtotal != null && (tally.discount != null || tally.fee != null)) {
      StringBuilder sum = new StringBuilder("Subtotal " + Amounts.format(tally.subtotal));
      if (tally.discount != null) {
        sum.append(", discount ").append(Amounts.format(tally.discount));
      }
      if (tally.fee != null) {
        sum.append(", delivery ").append(Amounts.format(tally.fee));
      }
      sentences.add(
          sum.append(": total ").append(Amounts.format(tally.total())).append('.').toString());
    }
    sentences.addAll(notes);
    return String.join(" ", sentences);
  }
}
