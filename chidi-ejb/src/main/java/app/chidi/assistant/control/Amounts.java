package app.chidi.assistant.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as rules compute and say it: 2 decimals, rounded half-up; "13,500" or "13,500.50". */
final class Amounts {

  private Amounts() {}

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code percent}% of {@code amount}, rounded half-up to 2 decimals. */
  static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return money(amount.multiply(percent).divide(BigDecimal.valueOf(100)));
  }

  static String format(BigDecimal amount) {
    BigDecimal money = money(amount);
    boolean whole = money.stripTrailingZeros().scale() <= 0;
    DecimalFormat format =
        new DecimalFormat(
            whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(money);
  }

  /** A number as plain text: "3", "2.5". */
  static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
