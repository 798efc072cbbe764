package app.chidi.inventory.control;

import app.chidi.inventory.boundary.MatchQuality;
import java.util.Arrays;
import java.util.Comparator;

/**
 * How well one product matches a question. The match weighs the terms the product has (by where it
 * has them) at 85% and the share of the product's name the question holds at 15%, so that of two
 * products with the same words the one whose name the customer said more fully comes first.
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

  static ProductMatch of(CatalogueEntry entry, QueryTerms query) {
    ProductText text = ProductText.of(entry);
    double[] scores = query.terms().stream().mapToDouble(text::score).toArray();
    double terms = Arrays.stream(scores).sum() / scores.length;
    double nameCoverage = text.nameCoverage(query);
    double match =
        Math.round((TERMS_WEIGHT * terms + NAME_WEIGHT * nameCoverage) * PRECISION) / PRECISION;
    boolean namesProduct = nameCoverage == 1 && Arrays.stream(scores).allMatch(score -> score > 0);
    return new ProductMatch(entry, match, MatchQuality.of(match, namesProduct));
  }
}
