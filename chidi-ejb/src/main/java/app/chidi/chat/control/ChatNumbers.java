package app.chidi.chat.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as owners type them: "20,000", "50k", "1.5m", "₦5,000", "N3500", "2 weeks". Money marked
 * by a currency sign or a k/m suffix is {@link Amount#marked() marked}: it cannot be a count.
 */
final class ChatNumbers {

  /** A number, in naira or units, and whether its wording made it money for sure. */
  record Amount(BigDecimal value, boolean marked) {}

  static final String NUMBER =
      "(?:(?<![a-z0-9])(?:₦|ngn ?|n(?=\\d)))?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
          + " ?(k|m|million|thousand)?(?: ?(?:naira|ngn))?(?![a-z0-9])";

  private static final Pattern ONE = Pattern.compile(NUMBER);

  private ChatNumbers() {}

  /** The amount a match of {@link #NUMBER} starting at group {@code first} stands for. */
  static Amount amount(Matcher matcher, int first) {
    BigDecimal value = new BigDecimal(matcher.group(first).replace(",", ""));
    String suffix = matcher.group(first + 1);
    boolean currency = matcher.group().matches("(?s)(₦|ngn|n\\d).*|.*(naira|ngn)");
    if (suffix != null) {
      value =
          value.multiply(
              suffix.startsWith("k") || suffix.equals("thousand")
                  ? BigDecimal.valueOf(1_000)
                  : BigDecimal.valueOf(1_000_000));
    }
    BigDecimal plain = value.stripTrailingZeros();
    return new Amount(plain.scale() < 0 ? plain.setScale(0) : plain, suffix != null || currency);
  }

  /** The first number in {@code text}, if any. */
  static Optional<Amount> first(String text) {
    Matcher matcher = ONE.matcher(text);
    return matcher.find() ? Optional.of(amount(matcher, 1)) : Optional.empty();
  }

  /** Days in "14 days", "2 weeks", "a month"; hours in "24 hours", "2 days" when asked so. */
  static Optional<Integer> duration(String text, boolean inHours) {
    Matcher matcher =
        Pattern.compile("(\\d+|a|an|one|two|three|seven) ?(hours?|hrs?|days?|weeks?|months?)")
            .matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int count = count(matcher.group(1));
    String unit = matcher.group(2);
    int hours =
        switch (unit.charAt(0)) {
          case 'h' -> count;
          case 'd' -> count * 24;
          case 'w' -> count * 24 * 7;
          default -> count * 24 * 30;
        };
    if (!inHours && hours % 24 != 0) {
      return Optional.empty();
    }
    return Optional.of(inHours ? hours : hours / 24);
  }

  private static int count(String word) {
    return switch (word) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "seven" -> 7;
      default -> Integer.parseInt(word);
    };
  }
}
