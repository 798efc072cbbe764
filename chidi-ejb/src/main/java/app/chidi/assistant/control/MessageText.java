package app.chidi.assistant.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message in the form the grammar reads: lower case, no accents, plain apostrophes and spaces.
 */
final class MessageText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MessageText() {}

  static String normal(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }
}
