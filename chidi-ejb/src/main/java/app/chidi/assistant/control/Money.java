package app.chidi.assistant.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Money as customers read it: "₦15,000", "₦1,250.50", "$12.99". */
final class Money {

  private static final Map<String, String> SYMBOLS =
      Map.of("NGN", "₦", "USD", "$", "GBP", "£", "EUR", "€", "GHS", "GH₵", "KES", "KSh ");

  private Money() {}

  static String format(BigDecimal amount, String currency) {
    BigDecimal money = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = money.stripTrailingZeros().scale() <= 0;
    DecimalFormat format =
        new DecimalFormat(
            whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String symbol = SYMBOLS.getOrDefault(currency == null ? "NGN" : currency, currency + " ");
    return symbol + format.format(money);
  }
}
