package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads prices and counts the way shop owners type them into spreadsheets: {@code "₦1500"}, {@code
 * "$ 12.50"}, {@code "12,50"} in a semicolon-separated file. Thousands separators are refused
 * because {@code "1,500"} could mean either fifteen hundred or one and a half.
 */
final class CellFormats {

  static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
  static final int MAX_COUNT = 1_000_000_000;

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final String CURRENCY_SYMBOLS = "₦$€£";
  private static final int QUOTE_LIMIT = 40;

  private CellFormats() {}

  /**
   * @param decimalComma whether a comma may stand for the decimal point
   * @return the amount with two decimals
   */
  static CellValue<BigDecimal> price(String cell, boolean decimalComma) {
    var text = withoutCurrency(cell.strip());
    if (decimalComma && text.indexOf('.') < 0) {
      text = text.replace(',', '.');
    }
    if (!DECIMAL.matcher(text).matches()) {
      return CellValue.invalid("not a price: " + quoted(cell));
    }
    var amount = new BigDecimal(text);
    if (amount.signum() < 0) {
      return CellValue.invalid("a price cannot be negative: " + quoted(cell));
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return CellValue.invalid("a price has at most 2 decimal places: " + quoted(cell));
    }
    if (amount.compareTo(MAX_PRICE) > 0) {
      return CellValue.invalid("a price can be at most " + MAX_PRICE + ": " + quoted(cell));
    }
    return CellValue.of(amount.setScale(2));
  }

  /** A whole number from 0 to {@value #MAX_COUNT}. */
  static CellValue<Integer> count(String cell) {
    var text = cell.strip();
    if (!WHOLE.matcher(text).matches()) {
      return CellValue.invalid("not a whole number: " + quoted(cell));
    }
    var number = new BigInteger(text);
    if (number.signum() < 0) {
      return CellValue.invalid("cannot be negative: " + quoted(cell));
    }
    if (number.compareTo(BigInteger.valueOf(MAX_COUNT)) > 0) {
      return CellValue.invalid("can be at most " + MAX_COUNT + ": " + quoted(cell));
    }
    return CellValue.of(number.intValueExact());
  }

  /** The cell in single quotes, shortened when long, for error messages. */
  static String quoted(String cell) {
    var shown =
        cell.codePointCount(0, cell.length()) <= QUOTE_LIMIT
            ? cell
            : cell.substring(0, cell.offsetByCodePoints(0, QUOTE_LIMIT)) + "…";
    return "'" + shown + "'";
  }

  private static String withoutCurrency(String text) {
    return !text.isEmpty() && CURRENCY_SYMBOLS.indexOf(text.charAt(0)) >= 0
        ? text.substring(1).strip()
        : text;
  }
}
