package app.chidi.chat.control;

import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.chat.control.Figures.Figure;
import app.chidi.chat.control.Figures.Kind;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One sentence of the owner's, normalised, with its figures and the conditions they make. */
final class Sentence {

  private static final Pattern VAGUE =
      Pattern.compile(
          "\\b(?:big|large|bulk|huge|many|lots of|loyal|regular|sometimes|certain|special|"
              + "a while|a few|some time|expensive|cheap|extra)\\b");
  private static final Pattern ON_SALE =
      Pattern.compile(
          "\\b(?:sale items?|items? on sale|discounted items?|sales items?|on sale)\\b");
  private static final Map<String, String> COMPARED =
      Map.of("gt", "over", "gte", "from", "lt", "under", "lte", "up to", "eq", "of exactly");

  final String text;
  final String words;
  final Figures figures;

  Sentence(String text, String words) {
    this.text = text;
    this.words = words;
    this.figures = Figures.in(text);
  }

  boolean says(String regex) {
    return Pattern.compile(regex).matcher(text).find();
  }

  boolean vague() {
    return VAGUE.matcher(text).find();
  }

  Optional<ConditionForm> itemCount() {
    return figures
        .first(Kind.COUNT)
        .map(f -> new ConditionForm("item_count", f.operator(), CachedJson.createValue(f.value())));
  }

  Optional<ConditionForm> subtotal() {
    return figures
        .first(Kind.THRESHOLD)
        .filter(Figure::money)
        .map(f -> new ConditionForm("subtotal", f.operator(), CachedJson.createValue(f.value())));
  }

  Optional<ConditionForm> onSale() {
    return ON_SALE.matcher(text).find()
        ? Optional.of(new ConditionForm("product_on_sale", "eq", JsonValue.TRUE))
        : Optional.empty();
  }

  Optional<ConditionForm> state() {
    return Places.state(text)
        .map(
            state ->
                new ConditionForm(
                    "delivery_state",
                    Places.outside(text) ? "neq" : "eq",
                    CachedJson.createValue(state)));
  }

  /**
   * A question about a number the words leave unexplained: a threshold too small to be money for
   * sure ("orders over 50"), or a number with nothing around it.
   */
  Optional<String> unclearNumber() {
    Optional<Figure> threshold = figures.first(Kind.THRESHOLD).filter(f -> !f.money());
    if (threshold.isPresent()) {
      String n = plain(threshold.get().value());
      return Optional.of(
          "Do you mean " + n + " items, or an order total of " + n + " naira? Say which.");
    }
    return figures
        .first(Kind.BARE)
        .map(f -> "What does " + plain(f.value()) + " stand for here: items, naira or days?");
  }

  /** "over 50,000", "from 5 items": how a condition reads in a rule's name. */
  static String named(ConditionForm condition) {
    String value = condition.value().toString().replace("\"", "");
    return switch (condition.field()) {
      case "item_count" -> COMPARED.get(condition.operator()) + " " + value + " items";
      case "subtotal" ->
          "orders " + COMPARED.get(condition.operator()) + " " + money(new BigDecimal(value));
      case "delivery_state" -> (condition.operator().equals("neq") ? "outside " : "") + value;
      case "product_on_sale" -> "sale items";
      default -> value;
    };
  }

  static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }

  static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
