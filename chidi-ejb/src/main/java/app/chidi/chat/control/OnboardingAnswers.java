package app.chidi.chat.control;

import app.chidi.chat.entity.OnboardingStep;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an onboarding answer says, for its summary card: the business name without "we are called",
 * the categories sold, the delivery areas, fees and times, the return window, the payment methods,
 * the tone.
 */
final class OnboardingAnswers {

  private static final Pattern NAME =
      Pattern.compile(
          "^(?:we(?:'re| are) called|it(?:'s| is) called|our name is|my business is|the business"
              + " is|we are|call us|it's|it is)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CATEGORIES =
      Pattern.compile(
          "(?:categories(?: are)?:?|such as|like|—|–|:)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final List<String> PAYMENTS =
      List.of(
          "bank transfer",
          "transfer",
          "card",
          "cash",
          "pay on delivery",
          "pos",
          "ussd",
          "paystack",
          "flutterwave",
          "crypto");
  private static final List<String> TONES =
      List.of("friendly", "formal", "playful", "warm", "professional", "casual", "polite", "fun");

  private OnboardingAnswers() {}

  /** The business name in an answer to the first question. */
  static String name(String answer) {
    return NAME.matcher(answer.strip()).replaceFirst("").replaceAll("[.!]+$", "").strip();
  }

  /** The answer as a sentence: a capital first and a full stop last. */
  static String sentence(String answer) {
    String text = answer.strip();
    String capital = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    return capital.matches("(?s).*[.!?]$") ? capital : capital + ".";
  }

  /** The facts of the summary card, by label, in the order shown. */
  static Map<String, String> facts(OnboardingStep step, String answer) {
    String text = answer.toLowerCase(Locale.ROOT);
    Map<String, String> facts = new LinkedHashMap<>();
    switch (step) {
      case BUSINESS_NAME -> facts.put("name", name(answer));
      case PRODUCTS -> categories(answer).ifPresent(c -> facts.put("categories", c));
      case SHIPPING -> {
        put(
            facts,
            "areas",
            all(
                Pattern.compile(
                    "(?i)\\b(nationwide|lagos|abuja|port harcourt|ibadan|kano|enugu|everywhere)\\b"),
                answer));
        put(facts, "fees", fees(text));
        put(
            facts,
            "times",
            all(
                Pattern.compile(
                    "\\d+(?: ?(?:to|-|–) ?\\d+)? ?(?:working )?(?:days?|hours?|weeks?)"),
                text));
      }
      case RETURNS ->
          ChatNumbers.duration(text, false).ifPresent(days -> facts.put("window", days + " days"));
      case PAYMENT -> put(facts, "methods", words(PAYMENTS, text));
      case TONE -> put(facts, "tone", words(TONES, text));
      default -> facts.put("details", sentence(answer));
    }
    return facts;
  }

  private static Optional<String> categories(String answer) {
    Matcher matcher = CATEGORIES.matcher(answer);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(matcher.group(1).split(",|\\band\\b"))
            .map(c -> c.strip().replaceAll("[.!]+$", ""))
            .filter(c -> !c.isEmpty())
            .collect(Collectors.joining(", ")));
  }

  private static String all(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      if (!found.contains(matcher.group().strip())) {
        found.add(matcher.group().strip());
      }
    }
    return String.join(", ", found);
  }

  /** Amounts that can only be money: "2,000", "₦3500", "5k". */
  private static String fees(String text) {
    Matcher matcher = Pattern.compile(ChatNumbers.NUMBER).matcher(text);
    List<String> fees = new java.util.ArrayList<>();
    while (matcher.find()) {
      ChatNumbers.Amount amount = ChatNumbers.amount(matcher, 1);
      if (amount.marked() || amount.value().compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
        fees.add(Sentence.money(amount.value()));
      }
    }
    return String.join(", ", fees);
  }

  private static String words(List<String> known, String text) {
    return known.stream()
        .filter(text::contains)
        .filter(
            w ->
                known.stream()
                    .noneMatch(o -> o.length() > w.length() && o.contains(w) && text.contains(o)))
        .collect(Collectors.joining(", "));
  }

  private static void put(Map<String, String> facts, String label, String value) {
    if (!value.isEmpty()) {
      facts.put(label, value);
    }
  }
}
