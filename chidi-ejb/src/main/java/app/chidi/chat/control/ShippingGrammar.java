package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.chat.control.Figures.Figure;
import app.chidi.chat.control.Figures.Kind;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.platform.json.CachedJson;
import java.util.List;
import java.util.Optional;

/** "free delivery in Lagos for orders over 20k", "delivery to Abuja is 3500". */
final class ShippingGrammar {

  private static final String FREE =
      "free (?:delivery|shipping)|(?:delivery|shipping) (?:is |will be )?free"
          + "|deliver(?: it)? (?:for )?free|no (?:delivery|shipping) (?:fee|charge)";

  private ShippingGrammar() {}

  static boolean mentions(String text) {
    return text.matches("(?s).*\\b(deliver|delivery|deliveries|shipping|ship|dispatch)\\b.*");
  }

  static RuleExtraction read(Sentence sentence) {
    boolean free = sentence.says(FREE);
    Optional<Figure> fee = fee(sentence);
    if (!free && fee.isEmpty()) {
      if (sentence.figures.first(Kind.DURATION).isPresent() && !sentence.says("fee|cost|charge")) {
        return new NotARule();
      }
      return new Clarify(
          "How much is delivery"
              + sentence.state().map(c -> " to " + Sentence.named(c)).orElse("")
              + "?");
    }
    Optional<String> unclear = sentence.unclearNumber();
    if (unclear.isPresent() && (free || sentence.figures.count(Kind.THRESHOLD) > 0)) {
      return new Clarify(unclear.get());
    }
    List<ConditionForm> conditions =
        RuleExtractor.conditions(
            sentence.state().orElse(null),
            sentence.itemCount().orElse(null),
            sentence.subtotal().orElse(null));
    if (sentence.vague() && conditions.stream().noneMatch(ShippingGrammar::threshold)) {
      return new Clarify("From what order total (or how many items) is delivery free?");
    }
    ActionForm action =
        free
            ? new ActionForm("free_shipping", null)
            : new ActionForm("shipping_fee", CachedJson.createValue(fee.get().value()));
    String name =
        PricingGrammar.name(
            free ? "Free delivery" : "Delivery " + Sentence.money(fee.get().value()), conditions);
    return RuleExtractor.proposed("shipping", name, sentence.words, conditions, action, null);
  }

  private static boolean threshold(ConditionForm condition) {
    return !condition.field().equals("delivery_state");
  }

  /** The fee: a price ("is 3500"), or a lone amount that can only be money ("Abuja 3,500"). */
  private static Optional<Figure> fee(Sentence sentence) {
    return sentence
        .figures
        .first(Kind.PRICE)
        .or(() -> sentence.figures.first(Kind.BARE).filter(Figure::money));
  }
}
