package app.chidi.chat.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stock change in the owner's words: "we got 20 more of the blue dress in M" (+20), "sold 3 of
 * the red bag" (−3). Which variant the words name is for the inventory to say.
 */
final class StockWords {

  /** How much to add (or take away, when negative) of {@code item}. */
  record StockRequest(int adjustment, String item) {}

  private static final Pattern ADDED =
      Pattern.compile(
          "^(?:we )?(?:just )?(?:got|received|restocked|added|bought in|have) (\\d+)"
              + " (?:more |new |extra )?(?:pieces |units |pcs )?(?:of )?(?:the |our )?(.+)$");
  private static final Pattern ADD =
      Pattern.compile(
          "^add (\\d+) (?:more )?(?:pieces |units |pcs )?(?:to |of )?(?:the |our )?(.+?)(?: stock)?$");
  private static final Pattern SOLD =
      Pattern.compile(
          "^(?:we )?(?:just )?sold (\\d+) (?:pieces |units |pcs )?(?:of )?(?:the |our )?(.+?)"
              + "(?: (?:in|at) the shop| offline)?$");

  private StockWords() {}

  static Optional<StockRequest> read(String words) {
    String text = RuleExtractor.normalized(words);
    for (Pattern added : new Pattern[] {ADDED, ADD}) {
      Matcher matcher = added.matcher(text);
      if (matcher.matches()) {
        return Optional.of(new StockRequest(Integer.parseInt(matcher.group(1)), matcher.group(2)));
      }
    }
    Matcher sold = SOLD.matcher(text);
    return sold.matches()
        ? Optional.of(new StockRequest(-Integer.parseInt(sold.group(1)), sold.group(2)))
        : Optional.empty();
  }
}
