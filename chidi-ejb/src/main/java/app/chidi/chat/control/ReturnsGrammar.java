package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.platform.json.CachedJson;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "no returns on sale items", "returns within 14 days", "all sales are final". */
final class ReturnsGrammar {

  private static final String NONE =
      "no (?:returns?|refunds?|exchanges?)|(?:cannot|can't|can not|won't|don't|do not|not)"
          + " (?:be )?(?:accept(?:ed)? )?(?:returns?|returned|refund(?:ed)?|refunds)"
          + "|non-?returnable|not returnable|sales? (?:are|is) final|final sale";
  private static final Pattern ON =
      Pattern.compile("(?:no returns?|no refunds?) (?:on|for) (?:all |any )?([a-z][a-z ]{1,40})$");

  private ReturnsGrammar() {}

  static boolean mentions(String text) {
    return text.matches("(?s).*(\\breturn|refund|exchange|sales? (are|is) final|final sale).*");
  }

  static RuleExtraction read(Sentence sentence) {
    boolean none = sentence.says(NONE);
    Optional<Integer> days = ChatNumbers.duration(sentence.text, false);
    if (none && days.isPresent()) {
      return new Clarify(
          "That sounds like two rules: a return window and items that cannot be returned."
              + " Tell me one at a time, please.");
    }
    if (none) {
      List<ConditionForm> conditions =
          RuleExtractor.conditions(sentence.onSale().or(() -> category(sentence)).orElse(null));
      String name =
          conditions.isEmpty() ? "No returns" : "No returns on " + named(conditions.get(0));
      return RuleExtractor.proposed(
          "returns", name, sentence.words, conditions, new ActionForm("no_returns", null), null);
    }
    if (days.isEmpty()) {
      return new Clarify("Within how many days of purchase can customers return an item?");
    }
    return RuleExtractor.proposed(
        "returns",
        "Returns within " + days.get() + " days",
        sentence.words,
        List.of(),
        new ActionForm("return_window", CachedJson.createValue(days.get())),
        null);
  }

  private static Optional<ConditionForm> category(Sentence sentence) {
    Matcher matcher = ON.matcher(sentence.text);
    return matcher.find()
        ? Optional.of(
            new ConditionForm(
                "product_categories", "contains", CachedJson.createValue(matcher.group(1).strip())))
        : Optional.empty();
  }

  private static String named(ConditionForm condition) {
    return condition.field().equals("product_on_sale")
        ? "sale items"
        : condition.value().toString().replace("\"", "");
  }
}
