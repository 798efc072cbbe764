package app.chidi.inventory.control;

/**
 * Guesses whether a CSV file separates its cells with commas, semicolons (spreadsheets in locales
 * that write decimals with a comma) or tabs, by counting them outside quotes in the header line.
 */
final class DelimiterSniffer {

  private static final String CANDIDATES = ",;\t";

  private DelimiterSniffer() {}

  /** The delimiter used most in the first line with content; a comma when there is none. */
  static char detect(String text) {
    var counts = new int[CANDIDATES.length()];
    var quoted = false;
    for (var c : headerLine(text).toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && CANDIDATES.indexOf(c) >= 0) {
        counts[CANDIDATES.indexOf(c)]++;
      }
    }
    return mostUsed(counts);
  }

  /** The first line holding more than spaces and delimiters; line breaks in quotes are kept. */
  private static String headerLine(String text) {
    var quoted = false;
    var start = 0;
    for (var i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (hasContent(text.substring(start, i))) {
          return text.substring(start, i);
        }
        start = i + 1;
      }
    }
    return text.substring(start);
  }

  private static boolean hasContent(String line) {
    return line.chars().anyMatch(c -> !Character.isWhitespace(c) && CANDIDATES.indexOf(c) < 0);
  }

  private static char mostUsed(int[] counts) {
    var best = 0;
    for (var i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return CANDIDATES.charAt(best);
  }
}
