package app.chidi.assistant.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a language model's answer against what its tools returned, before it may be sent: no stock
 * number, every money amount one the tools computed, no product the tools did not return, and no
 * promise (free delivery, a discount, returns) the shop's facts do not make. Each problem is said
 * in plain words; none means the answer may be sent.
 */
final class AnswerCheck {

  /**
   * A catalogue product the answer may be about, with its variants' stock: the check's own look-up,
   * never shown to the model.
   */
  record Product(UUID id, String name, List<Integer> stock) {}

  private static final Pattern MONEY =
      Pattern.compile(
          "(?:₦|\\bngn|\\$|£|€|gh₵|ksh)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(k)?\\b"
              + "|\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s?(k|naira|ngn)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
  private static final Pattern STOCK_NUMBER =
      Pattern.compile(
          "\\b\\d+\\s+(?:[a-z]+\\s+){0,2}(?:left|remaining|in stock|pieces|pcs|units)\\b"
              + "|\\b(?:only|just)\\s+\\d+\\b"
              + "|\\b(?:stock|quantity)\\b[^.\\d]{0,20}\\d+");
  private static final List<Promise> PROMISES =
      List.of(
          new Promise(
              "free delivery",
              "free (?:delivery|shipping)|deliver(?:y|ed)? (?:is |for )?free|no delivery fee",
              "free (?:delivery|shipping)|delivery is free"),
          new Promise(
              "a discount",
              "discount|\\d+\\s?% off|percent off|promo",
              "discount|% off|percent off|promo"),
          new Promise(
              "returns or exchanges",
              "(?:can|may|will|accept\\w*|free)\\s+(?:\\w+\\s+){0,2}(?:returns?|exchanges?|refunds?)"
                  + "|(?:returns?|exchanges?) (?:are|is) (?:accepted|allowed|free|possible)"
                  + "|money back",
              "return|exchange|refund"));

  private AnswerCheck() {}

  static List<String> problems(
      String answer, String question, ToolFindings findings, List<Product> catalogue) {
    String text = answer.toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    String withoutMoney = money(text, findings, problems);
    stock(withoutMoney, question, findings, catalogue, problems);
    for (Product product : catalogue) {
      if (text.contains(product.name().toLowerCase(Locale.ROOT))
          && !findings.productNames.containsKey(product.name())) {
        problems.add("names a product the tools did not return (" + product.name() + ")");
      }
    }
    String support = findings.words.toString().toLowerCase(Locale.ROOT);
    for (Promise promise : PROMISES) {
      if (promise.made(text) && !promise.backedBy(support)) {
        problems.add("promises " + promise.name() + ", which no rule or policy says");
      }
    }
    return problems;
  }

  /** Notes each amount the tools did not compute, and returns the text without the amounts. */
  private static String money(String text, ToolFindings findings, List<String> problems) {
    Matcher m = MONEY.matcher(text);
    while (m.find()) {
      boolean prefixed = m.group(1) != null;
      String whole = (prefixed ? m.group(1) : m.group(4)).replace(",", "");
      String fraction = prefixed ? m.group(2) : m.group(5);
      BigDecimal amount = new BigDecimal(fraction == null ? whole : whole + "." + fraction);
      if ("k".equals(prefixed ? m.group(3) : m.group(6))) {
        amount = amount.multiply(BigDecimal.valueOf(1000));
      }
      if (!findings.knowsAmount(amount)) {
        problems.add("says " + m.group().strip() + ", which no tool computed");
      }
    }
    return m.replaceAll(" ");
  }

  private static void stock(
      String text,
      String question,
      ToolFindings findings,
      List<Product> catalogue,
      List<String> problems) {
    Matcher near = STOCK_NUMBER.matcher(text);
    if (near.find()) {
      problems.add("states a stock number (\u201c" + near.group().strip() + "\u201d)");
      return;
    }
    Set<String> allowed = numbers(question);
    findings.calls.forEach(call -> allowed.addAll(numbers(call.result())));
    Set<String> stock = new HashSet<>();
    catalogue.forEach(p -> p.stock().forEach(q -> stock.add(Integer.toString(q))));
    for (String number : numbers(text)) {
      if (stock.contains(number) && !allowed.contains(number)) {
        problems.add("states a number that is a stock level (" + number + ")");
        return;
      }
    }
  }

  private static Set<String> numbers(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = NUMBER.matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(m.group().replaceFirst("^0+(?=\\d)", ""));
    }
    return found;
  }

  private record Promise(String name, Pattern made, Pattern backing) {
    Promise(String name, String made, String backing) {
      this(name, Pattern.compile(made), Pattern.compile(backing));
    }

    boolean made(String text) {
      return made.matcher(text).find();
    }

    boolean backedBy(String support) {
      return backing.matcher(support).find();
    }
  }
}
