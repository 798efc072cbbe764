package app.chidi.inventory.control;

import app.chidi.inventory.boundary.MatchQuality;
import java.util.Arrays;
import java.util.Comparator;

/**
 * How well one product matches a question. By words, the match weighs the terms the product has (by
 * where it has them) at 85% and the share of the product's name the question holds at 15%, so that
 * of two products with the same words the one whose name the customer said more fully comes first.
 * By meaning, it is the similarity of their sentence embeddings, from {@link #MEANING_FROM} and at
 * most {@link #MEANING_AT_MOST}. The better of the two counts.
 */
record ProductMatch(CatalogueEntry entry, double match, MatchQuality quality) {

  /** Best match first; ties by name, then id, so that equal questions get equal answers. */
  static final Comparator<ProductMatch> BEST_FIRST =
      Comparator.comparingDouble(ProductMatch::match)
          .reversed()
          .thenComparing(m -> m.entry().name())
          .thenComparing(m -> m.entry().productId());

  private static final double TERMS_WEIGHT = 0.85;
  private static final double NAME_WEIGHT = 0.15;
  private static final double PRECISION = 1000;

  /**
   * From how near in meaning a product counts as matching at all. Measured with all-MiniLM-L6-v2 on
   * the demo catalogue: related products 0.38–0.75 ("earrings" → Gold Hoop Earrings 0.75, "a gown
   * for a wedding" → Blue Summer Dress 0.47, "native wear for men" → Men's Kaftan 0.53), questions
   * about no product at most 0.20 ("do you have iphones?" 0.19, "what time do you open" 0.10).
   */
  static final double MEANING_FROM = 0.38;

  /**
   * A match by meaning alone stays partial: the assistant names the product but a person confirms
   * (MatchQuality.PARTIAL ends under 0.75).
   */
  static final double MEANING_AT_MOST = 0.7;

  /**
   * @param similarity how near in meaning the question is to the product (cosine of their sentence
   *     embeddings)
   */
  static ProductMatch of(CatalogueEntry entry, QueryTerms query, double similarity) {
    ProductText text = ProductText.of(entry);
    double[] scores = query.terms().stream().mapToDouble(text::score).toArray();
    double terms = Arrays.stream(scores).sum() / scores.length;
    double nameCoverage = text.nameCoverage(query);
    double byWords = TERMS_WEIGHT * terms + NAME_WEIGHT * nameCoverage;
    double byMeaning = similarity >= MEANING_FROM ? Math.min(MEANING_AT_MOST, similarity) : 0;
    double match = Math.round(Math.max(byWords, byMeaning) * PRECISION) / PRECISION;
    boolean namesProduct = nameCoverage == 1 && Arrays.stream(scores).allMatch(score -> score > 0);
    return new ProductMatch(entry, match, MatchQuality.of(match, namesProduct));
  }
}
