package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.chat.control.Figures.Figure;
import app.chidi.chat.control.Figures.Kind;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.platform.json.CachedJson;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** "more than 3 items → 10% off", "orders over 50k get 5k off", "20% off sale items". */
final class PricingGrammar {

  private PricingGrammar() {}

  static boolean mentions(String text) {
    return text.matches("(?s).*(%|percent|\\boff\\b|discount|cheaper|promo|price cut).*");
  }

  static RuleExtraction read(Sentence sentence) {
    Optional<Figure> percent = sentence.figures.first(Kind.PERCENT);
    Optional<Figure> off = sentence.figures.first(Kind.OFF);
    if (percent.isEmpty() && off.isEmpty()) {
      return new Clarify("How much off: a percentage (like 10%) or an amount (like 2,000)?");
    }
    if (percent.isEmpty() && !off.get().money()) {
      String n = Sentence.plain(off.get().value());
      return new Clarify("Do you mean " + n + "% off, or " + n + " naira off?");
    }
    Optional<String> unclear = sentence.unclearNumber();
    if (unclear.isPresent()) {
      return new Clarify(unclear.get());
    }
    List<ConditionForm> conditions =
        RuleExtractor.conditions(
            sentence.itemCount().orElse(null),
            sentence.subtotal().orElse(null),
            sentence.onSale().orElse(null));
    if (conditions.isEmpty() && sentence.vague()) {
      return new Clarify("From how many items, or from what order total, does the discount apply?");
    }
    ActionForm action =
        percent
            .map(p -> new ActionForm("percent_discount", CachedJson.createValue(p.value())))
            .orElseGet(
                () -> new ActionForm("fixed_discount", CachedJson.createValue(off.get().value())));
    String amount =
        percent
            .map(p -> Sentence.plain(p.value()) + "% off")
            .orElseGet(() -> Sentence.money(off.get().value()) + " off");
    return RuleExtractor.proposed(
        "pricing", name(amount, conditions), sentence.words, conditions, action, null);
  }

  static String name(String action, List<ConditionForm> conditions) {
    return conditions.isEmpty()
        ? action
        : action + " " + conditions.stream().map(Sentence::named).collect(Collectors.joining(", "));
  }
}
