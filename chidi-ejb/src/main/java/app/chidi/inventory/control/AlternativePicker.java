package app.chidi.inventory.control;

import app.chidi.inventory.boundary.Alternative;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Products to offer instead of one that is out of stock, for one question: those of the same
 * category that can be bought, other than the products the answer already lists. Those sharing the
 * most terms with the question come first, then those in good supply, then by name. Each category
 * is loaded once per question.
 */
final class AlternativePicker {

  private static final int MOST = 3;

  private final QueryTerms query;
  private final Function<String, List<CatalogueEntry>> sameCategory;
  private final Map<String, List<Alternative>> picked = new HashMap<>();

  AlternativePicker(QueryTerms query, Function<String, List<CatalogueEntry>> sameCategory) {
    this.query = query;
    this.sameCategory = sameCategory;
  }

  /**
   * Up to {@value #MOST} purchasable products of {@code product}'s category other than itself —
   * products the question also matched included, since they are what a customer could buy instead.
   */
  List<Alternative> pick(CatalogueEntry product) {
    String category = product.category();
    if (category == null || category.isBlank()) {
      return List.of();
    }
    return picked.computeIfAbsent(category, this::choose).stream()
        .filter(alternative -> !alternative.productId().equals(product.productId()))
        .limit(MOST)
        .toList();
  }

  private List<Alternative> choose(String category) {
    return sameCategory.apply(category).stream()
        .filter(entry -> category.equalsIgnoreCase(entry.category()))
        .filter(entry -> entry.status().purchasable())
        .map(entry -> new Candidate(entry, ProductText.of(entry).matched(query)))
        .sorted(Candidate.PREFERRED)
        .limit(MOST + 1L)
        .map(Candidate::alternative)
        .toList();
  }

  private record Candidate(CatalogueEntry entry, long sharedTerms) {

    static final Comparator<Candidate> PREFERRED =
        Comparator.comparingLong(Candidate::sharedTerms)
            .reversed()
            .thenComparing(candidate -> candidate.entry().status())
            .thenComparing(candidate -> candidate.entry().name())
            .thenComparing(candidate -> candidate.entry().productId());

    Alternative alternative() {
      List<VariantEntry> purchasable =
          entry.variants().stream().filter(variant -> variant.status().purchasable()).toList();
      return new Alternative(
          entry.productId(),
          entry.name(),
          VariantEntry.lowestPrice(purchasable).orElseThrow(),
          entry.status());
    }
  }
}
