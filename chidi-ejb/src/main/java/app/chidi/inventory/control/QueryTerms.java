package app.chidi.inventory.control;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text that can match a product, in a canonical form: lower case, accents removed
 * ("àṣọ" becomes "aso"), plurals made singular, sizes abbreviated ("medium" becomes "m", "extra
 * large" becomes "xl") and spelling variants merged ("gray" becomes "grey"). Filler words ("do you
 * have", "in", "size", "please") are dropped. Product texts go through the same steps, so terms
 * compare by equality.
 *
 * @param terms the distinct terms, in the order they first appear
 */
public record QueryTerms(List<String> terms) {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern UNCHANGED_PLURAL = Pattern.compile(".*(ss|us|is)");
  private static final Pattern ES_PLURAL = Pattern.compile(".*(ss|x|z|ch|sh)es");

  /** Longest first: "extra extra large" must not become "extra xl". */
  private static final List<Map.Entry<Pattern, String>> SIZE_PHRASES =
      List.of(
          Map.entry(sizePhrase("(?:xx|(?:extra|x)[\\s-]*(?:extra|x))[\\s-]*large"), " xxl "),
          Map.entry(sizePhrase("(?:extra|x)[\\s-]*large"), " xl "),
          Map.entry(sizePhrase("(?:extra|x)[\\s-]*small"), " xs "));

  private static final Map<String, String> SYNONYMS =
      Map.of(
          "small", "s",
          "medium", "m",
          "large", "l",
          "xsmall", "xs",
          "xlarge", "xl",
          "xxlarge", "xxl",
          "2xl", "xxl",
          "gray", "grey");
  private static final Set<String> STOP_WORDS =
      Set.of(
          """
          a abeg also am an and any are at availability available be buy by can color colour
          cost do does dont for from get got has have hello hey hi how i id if im in is it its
          ive just kindly like looking many me much my need of on or please pls plz price sell
          selling size some still stock thank thanks that thats the there theres this to u una
          want we what whats which with would you your
          """
              .split("\\s+"));

  public QueryTerms {
    terms = List.copyOf(terms);
  }

  public static QueryTerms of(String text) {
    if (text == null) {
      return new QueryTerms(List.of());
    }
    Set<String> terms = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(withSizesAbbreviated(plain(text)))) {
      String term = SYNONYMS.getOrDefault(singular(word), singular(word));
      if (!word.isEmpty() && !STOP_WORDS.contains(word) && !STOP_WORDS.contains(term)) {
        terms.add(term);
      }
    }
    return new QueryTerms(List.copyOf(terms));
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** How many of these terms the other text has too. */
  long shared(QueryTerms other) {
    return terms.stream().filter(other.terms::contains).count();
  }

  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
  }

  private static String withSizesAbbreviated(String text) {
    String abbreviated = text;
    for (var phrase : SIZE_PHRASES) {
      abbreviated = phrase.getKey().matcher(abbreviated).replaceAll(phrase.getValue());
    }
    return abbreviated;
  }

  /** Plural to singular by the common English endings, on both sides of a comparison alike. */
  static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("s") || UNCHANGED_PLURAL.matcher(word).matches()) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (ES_PLURAL.matcher(word).matches()) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  private static Pattern sizePhrase(String regex) {
    return Pattern.compile("\\b" + regex + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
  }
}
