package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.chat.control.Figures.Figure;
import app.chidi.chat.control.Figures.Kind;
import app.chidi.chat.control.RuleExtraction.Change;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.chat.control.RuleExtraction.Remove;
import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Changes and removals of existing rules in plain words: "make the discount 15%", "change the Lagos
 * delivery fee to 2500", "remove the Lagos delivery rule". The rule is found by its type words, its
 * place and the words of its name; more than one match gets a question.
 */
@ApplicationScoped
public class RuleEdits {

  private static final Pattern REMOVE =
      Pattern.compile(
          "^(?:please )?(?:remove|delete|drop|get rid of|scrap) (?:the |my |our )?(.+?)(?: rules?)?$");
  private static final Pattern CHANGE =
      Pattern.compile(
          "^(?:please )?(?:make|change|set|update) (?:the |my |our )?(.+?)(?: to| =)? (\\S+(?: ?(?:%|k|days?|hours?|weeks?))?)$");
  private static final Set<String> FILLER =
      Set.of(
          "the",
          "my",
          "our",
          "rule",
          "fee",
          "to",
          "for",
          "in",
          "on",
          "a",
          "of",
          "is",
          "delivery",
          "shipping",
          "discount",
          "returns",
          "return",
          "window",
          "reservation",
          "price",
          "off");

  /** What {@code words} do to one of {@code rules}, or {@link NotARule} when they edit none. */
  public RuleExtraction read(String words, List<RuleView> rules) {
    String text = RuleExtractor.normalized(words);
    Matcher remove = REMOVE.matcher(text);
    if (remove.matches()) {
      return find(remove.group(1), rules)
          .map(Remove::new)
          .map(RuleExtraction.class::cast)
          .orElseGet(() -> unclear(remove.group(1), rules));
    }
    Matcher change = CHANGE.matcher(text);
    if (!change.matches()) {
      return new NotARule();
    }
    Optional<RuleView> rule = find(change.group(1), rules);
    if (rule.isEmpty()) {
      return unclear(change.group(1), rules);
    }
    return action(rule.get(), change.group(2))
        .<RuleExtraction>map(action -> Change.action(rule.get(), action))
        .orElseGet(
            () -> new Clarify("What should " + rule.get().name() + " become? Say the new amount."));
  }

  private static Optional<ActionForm> action(RuleView rule, String value) {
    if (rule.actions().size() != 1) {
      return Optional.empty();
    }
    RuleAction current = rule.actions().get(0);
    Figures figures = Figures.in(value);
    Optional<Figure> percent = figures.first(Kind.PERCENT);
    Optional<Figure> number =
        ChatNumbers.first(value).map(a -> new Figure(Kind.BARE, a.value(), a.marked(), null));
    String type =
        switch (current.type()) {
          case "percent_discount", "fixed_discount" ->
              percent.isPresent()
                  ? "percent_discount"
                  : number.filter(Figure::money).isPresent() ? "fixed_discount" : null;
          case "shipping_fee" -> percent.isEmpty() ? "shipping_fee" : null;
          case "return_window", "reserve" -> percent.isEmpty() ? current.type() : null;
          default -> null;
        };
    if (type == null || number.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> duration = ChatNumbers.duration(value, type.equals("reserve"));
    return Optional.of(
        new ActionForm(
            type,
            type.equals("return_window") || type.equals("reserve")
                ? CachedJson.createValue(duration.orElse(number.get().value().intValue()))
                : CachedJson.createValue(number.get().value())));
  }

  /** The one rule the words name, if exactly one fits. */
  private static Optional<RuleView> find(String target, List<RuleView> rules) {
    List<RuleView> fitting = fitting(target, rules);
    if (fitting.size() == 1) {
      return Optional.of(fitting.get(0));
    }
    List<RuleView> named =
        fitting.stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(target)).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  private static List<RuleView> fitting(String target, List<RuleView> rules) {
    Optional<String> type = type(target);
    Optional<String> state = Places.state(target);
    List<String> names =
        Arrays.stream(target.split("[^a-z0-9%]+"))
            .filter(w -> !w.isBlank() && !FILLER.contains(w) && Places.state(w).isEmpty())
            .toList();
    return rules.stream()
        .filter(rule -> type.map(rule.ruleType()::equals).orElse(true))
        .filter(rule -> state.map(s -> mentions(rule, s)).orElse(true))
        .filter(rule -> names.stream().allMatch(w -> text(rule).contains(w)))
        .toList();
  }

  private static RuleExtraction unclear(String target, List<RuleView> rules) {
    List<RuleView> fitting = fitting(target, rules);
    if (fitting.isEmpty() && type(target).isEmpty() && Places.state(target).isEmpty()) {
      return new NotARule();
    }
    List<RuleView> listed = fitting.isEmpty() ? rules : fitting;
    if (listed.isEmpty()) {
      return new Clarify(
          "You have no rules yet. Tell me one, like \"free delivery in Lagos for orders over 20k\".");
    }
    return new Clarify(
        (fitting.isEmpty() ? "I could not find that rule." : "Which one do you mean?")
            + " Your rules: "
            + listed.stream().map(RuleView::name).collect(Collectors.joining("; "))
            + ".");
  }

  private static Optional<String> type(String target) {
    if (target.matches("(?s).*\\b(discount|off|price|pricing|promo|%).*")) {
      return Optional.of("pricing");
    }
    if (target.matches("(?s).*\\b(delivery|shipping|deliveries).*")) {
      return Optional.of("shipping");
    }
    if (target.matches("(?s).*\\b(returns?|refunds?|exchanges?)\\b.*")) {
      return Optional.of("returns");
    }
    if (target.matches("(?s).*\\b(reserv|hold).*")) {
      return Optional.of("availability");
    }
    return Optional.empty();
  }

  private static boolean mentions(RuleView rule, String state) {
    return rule.conditions().stream()
        .anyMatch(c -> c.value().toString().contains("\"" + state + "\""));
  }

  private static String text(RuleView rule) {
    return (rule.name() + " " + rule.summary()).toLowerCase(Locale.ROOT);
  }
}
