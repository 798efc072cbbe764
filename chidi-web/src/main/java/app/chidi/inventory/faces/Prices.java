package app.chidi.inventory.faces;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts as the shop's customers write them: the currency's own sign ("₦15,000", not
 * "NGN15,000.00" as an English locale would print naira), whole amounts without decimals.
 */
final class Prices {

  private static final Map<String, String> SYMBOLS = new ConcurrentHashMap<>();

  private Prices() {}

  static String format(BigDecimal amount, String currencyCode, Locale locale) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    if (currencyCode != null && format instanceof DecimalFormat decimal) {
      Currency currency = Currency.getInstance(currencyCode);
      decimal.setCurrency(currency);
      DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
      symbols.setCurrencySymbol(symbol(currencyCode, locale));
      decimal.setDecimalFormatSymbols(symbols);
    }
    if (amount.stripTrailingZeros().scale() <= 0) {
      format.setMinimumFractionDigits(0);
    }
    return format.format(amount);
  }

  /** The sign of the currency where it is at home, such as ₦ for NGN; its code if it has none. */
  static String symbol(String currencyCode, Locale locale) {
    return SYMBOLS.computeIfAbsent(
        currencyCode + "/" + locale.getLanguage(), key -> homeSymbol(currencyCode, locale));
  }

  private static String homeSymbol(String currencyCode, Locale locale) {
    Currency currency = Currency.getInstance(currencyCode);
    return Arrays.stream(Locale.getAvailableLocales())
        .filter(candidate -> !candidate.getCountry().isEmpty())
        .filter(candidate -> currency.equals(currencyOf(candidate)))
        .min(
            Comparator.comparing(
                    (Locale candidate) -> !candidate.getLanguage().equals(locale.getLanguage()))
                .thenComparing(candidate -> !candidate.getLanguage().equals("en"))
                .thenComparing(Locale::toLanguageTag))
        .map(currency::getSymbol)
        .orElse(currencyCode);
  }

  private static Currency currencyOf(Locale locale) {
    try {
      return Currency.getInstance(locale);
    } catch (IllegalArgumentException noCurrency) {
      return null;
    }
  }
}
