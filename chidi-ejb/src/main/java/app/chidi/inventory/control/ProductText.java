package app.chidi.inventory.control;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A product's words in the canonical form of {@link QueryTerms}, by where they appear. Where a word
 * appears sets how much it counts: the name most, the description least.
 */
record ProductText(
    Set<String> name, Set<String> category, Set<String> description, Set<String> variants) {

  private static final double NAME = 1.0;
  private static final double VARIANT = 0.9;
  private static final double CATEGORY = 0.8;
  private static final double DESCRIPTION = 0.5;
  private static final double PARTIAL = 0.7;
  private static final int SHORT = 2;
  private static final int INSIDE_FROM = 4;

  static ProductText of(CatalogueEntry entry) {
    return new ProductText(
        words(entry.name()),
        words(entry.category()),
        words(entry.description()),
        words(
            entry.variants().stream()
                .flatMap(
                    v ->
                        Stream.concat(
                            Stream.of(v.name(), v.sku()), v.attributes().values().stream()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))));
  }

  /** How well the term matches, from 0 (nowhere) to 1 (a word of the name). */
  double score(String term) {
    return Math.max(
        Math.max(NAME * closeness(term, name), VARIANT * closeness(term, variants)),
        Math.max(CATEGORY * closeness(term, category), DESCRIPTION * closeness(term, description)));
  }

  /** How many of the terms match somewhere. */
  long matched(QueryTerms query) {
    return query.terms().stream().filter(term -> score(term) > 0).count();
  }

  /** The share of the name's words that the terms hold exactly. */
  double nameCoverage(QueryTerms query) {
    if (name.isEmpty()) {
      return 0;
    }
    return (double) name.stream().filter(query.terms()::contains).count() / name.size();
  }

  /**
   * 1 for an equal word; less for a word that starts or holds the other, which short words (sizes
   * such as "m" or "xl") never do, as "m" would then match half the catalogue.
   */
  private static double closeness(String term, Set<String> words) {
    if (words.contains(term)) {
      return 1;
    }
    return term.length() > SHORT && words.stream().anyMatch(word -> overlaps(term, word))
        ? PARTIAL
        : 0;
  }

  private static boolean overlaps(String term, String word) {
    if (word.length() <= SHORT) {
      return false;
    }
    boolean prefix = word.startsWith(term) || term.startsWith(word);
    boolean inside = Math.min(term.length(), word.length()) >= INSIDE_FROM;
    return prefix || inside && (word.contains(term) || term.contains(word));
  }

  private static Set<String> words(String text) {
    return Set.copyOf(QueryTerms.of(text).terms());
  }
}
