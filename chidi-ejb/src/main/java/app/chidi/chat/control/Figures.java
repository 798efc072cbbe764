package app.chidi.chat.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers in an owner's sentence, each classified by the words around it: "10%" is a
 * percentage, "5k off" an amount off, "3 items" a count, "over 50k" a threshold, "is 3500" a price.
 * A number nothing explains stays {@link Kind#BARE}, and the grammars ask about it.
 */
final class Figures {

  enum Kind {
    PERCENT,
    OFF,
    COUNT,
    DURATION,
    THRESHOLD,
    PRICE,
    BARE
  }

  /**
   * @param operator for a count or threshold: gt, gte, lt, lte or eq
   */
  record Figure(Kind kind, BigDecimal value, boolean marked, String operator) {

    /** Money for sure: marked, or too large to be a count or a percentage. */
    boolean money() {
      return marked || value.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }
  }

  private static final Pattern NUMBER = Pattern.compile(ChatNumbers.NUMBER);
  private static final Pattern ABOVE =
      Pattern.compile("(?:more than|over|above|exceeding|greater than|upwards of|bigger than) ?$");
  private static final Pattern AT_LEAST = Pattern.compile("(?:at least|from|minimum of|min) ?$");
  private static final Pattern BELOW = Pattern.compile("(?:less than|below|under|fewer than) ?$");
  private static final Pattern AT_MOST = Pattern.compile("(?:at most|up to|maximum of|max) ?$");
  private static final Pattern OR_MORE =
      Pattern.compile("^ ?(?:\\+|or more|and above|and more|or above|upwards)");
  private static final Pattern OR_LESS = Pattern.compile("^ ?(?:or less|and below|or below)");

  private final List<Figure> figures;

  private Figures(List<Figure> figures) {
    this.figures = figures;
  }

  static Figures in(String text) {
    List<Figure> found = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      ChatNumbers.Amount amount = ChatNumbers.amount(matcher, 1);
      String before = text.substring(Math.max(0, matcher.start() - 24), matcher.start());
      String after = text.substring(matcher.end());
      found.add(classify(amount, before, after));
    }
    return new Figures(found);
  }

  private static Figure classify(ChatNumbers.Amount amount, String before, String after) {
    if (after.matches("(?s)^ ?(?:%|percent|per cent).*")) {
      return new Figure(Kind.PERCENT, amount.value(), false, null);
    }
    if (after.matches("(?s)^ ?(?:hours?|hrs?|days?|weeks?|months?)\\b.*")) {
      return new Figure(Kind.DURATION, amount.value(), false, null);
    }
    String operator = operator(before, after);
    if (after.matches(
        "(?s)^ ?(?:\\+ |or more |and above |and more )?"
            + "(?:items?|pieces?|pcs|products?|things|units)\\b.*")) {
      boolean orMore = after.matches("(?s)^ ?[a-z]+ (?:or more|and above|and more|or above)\\b.*");
      String counted = operator != null ? operator : orMore ? "gte" : "eq";
      return new Figure(Kind.COUNT, amount.value(), false, counted);
    }
    if (after.matches("(?s)^ ?(?:off|discount)\\b.*")
        || before.matches("(?s).*(?:discount of|take off|knock off|minus|reduce by) ?$")) {
      return new Figure(Kind.OFF, amount.value(), amount.marked(), null);
    }
    if (operator != null) {
      return new Figure(Kind.THRESHOLD, amount.value(), amount.marked(), operator);
    }
    if (before.matches("(?s).*(?:\\bis|costs?|=|:|\\bat|charge|pay|fee of|fee|\\bfor|be) ?$")) {
      return new Figure(Kind.PRICE, amount.value(), amount.marked(), null);
    }
    return new Figure(Kind.BARE, amount.value(), amount.marked(), null);
  }

  private static String operator(String before, String after) {
    if (ABOVE.matcher(before).find()) {
      return "gt";
    }
    if (AT_LEAST.matcher(before).find() || OR_MORE.matcher(after).find()) {
      return "gte";
    }
    if (BELOW.matcher(before).find()) {
      return "lt";
    }
    if (AT_MOST.matcher(before).find() || OR_LESS.matcher(after).find()) {
      return "lte";
    }
    return null;
  }

  Optional<Figure> first(Kind kind) {
    return figures.stream().filter(f -> f.kind() == kind).findFirst();
  }

  long count(Kind kind) {
    return figures.stream().filter(f -> f.kind() == kind).count();
  }
}
