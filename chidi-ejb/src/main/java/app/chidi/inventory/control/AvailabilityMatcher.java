package app.chidi.inventory.control;

import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import app.chidi.inventory.entity.StockStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Answers "do you have the blue summer dress in M?" from catalogue entries: which products match,
 * how well (by their words, forgiving typos, or by meaning: "a gown" finds a dress, though never
 * better than partly), and whether the customer can have them. Stock numbers reach the answer only
 * as a {@link StockStatus}, so an assistant reading it cannot repeat them.
 */
@ApplicationScoped
public class AvailabilityMatcher {

  private static final int MOST = 5;

  private final ProductMeanings meanings;

  /** For CDI's proxy only. */
  protected AvailabilityMatcher() {
    this(null);
  }

  @Inject
  public AvailabilityMatcher(ProductMeanings meanings) {
    this.meanings = meanings;
  }

  /**
   * As {@link #answer(String, List, Map, Function)}, with the candidates' meanings compared here.
   */
  public AvailabilityAnswer answer(
      String query,
      List<CatalogueEntry> candidates,
      Function<String, List<CatalogueEntry>> sameCategory) {
    return answer(query, candidates, meanings.similarity(query, texts(candidates)), sameCategory);
  }

  /**
   * @param query the customer's words
   * @param candidates the products that may match, each once
   * @param similarity how near in meaning the query is to each candidate (see {@link
   *     ProductMeanings})
   * @param sameCategory the products of a category, to pick alternatives from
   */
  public AvailabilityAnswer answer(
      String query,
      List<CatalogueEntry> candidates,
      Map<UUID, Double> similarity,
      Function<String, List<CatalogueEntry>> sameCategory) {
    QueryTerms terms = QueryTerms.of(query);
    if (terms.isEmpty()) {
      return new AvailabilityAnswer(query, List.of());
    }
    List<ProductMatch> matches = best(terms, candidates, similarity);
    AlternativePicker alternatives = new AlternativePicker(terms, sameCategory);
    return new AvailabilityAnswer(
        query, matches.stream().map(match -> availability(match, terms, alternatives)).toList());
  }

  /** Each product's {@link ProductMeanings#text}, by id. */
  public static Map<UUID, String> texts(List<CatalogueEntry> entries) {
    Map<UUID, String> texts = new LinkedHashMap<>();
    entries.forEach(
        e ->
            texts.put(
                e.productId(), ProductMeanings.text(e.name(), e.category(), e.description())));
    return texts;
  }

  private static List<ProductMatch> best(
      QueryTerms terms, List<CatalogueEntry> candidates, Map<UUID, Double> similarity) {
    return candidates.stream()
        .map(
            candidate ->
                ProductMatch.of(
                    candidate, terms, similarity.getOrDefault(candidate.productId(), 0.0)))
        .filter(match -> match.match() > 0)
        .sorted(ProductMatch.BEST_FIRST)
        .limit(MOST)
        .toList();
  }

  private static ProductAvailability availability(
      ProductMatch match, QueryTerms terms, AlternativePicker alternatives) {
    CatalogueEntry entry = match.entry();
    VariantRequest request = VariantRequest.of(entry, terms);
    List<VariantEntry> considered = request.considered(entry);
    StockStatus status = VariantEntry.bestStatus(considered);
    return new ProductAvailability(
        entry.productId(),
        entry.name(),
        entry.category(),
        match.match(),
        match.quality(),
        status,
        price(entry, considered),
        entry.currency(),
        entry.variants().stream().map(variant -> variantAvailability(variant, request)).toList(),
        status.purchasable() ? List.of() : alternatives.pick(entry));
  }

  /**
   * The lowest price among the variants the status is taken from (all of them when the combination
   * asked for does not exist), counting only those that can be bought when there are any.
   */
  private static BigDecimal price(CatalogueEntry entry, List<VariantEntry> considered) {
    List<VariantEntry> pool = considered.isEmpty() ? entry.variants() : considered;
    return VariantEntry.lowestPrice(pool.stream().filter(v -> v.status().purchasable()).toList())
        .or(() -> VariantEntry.lowestPrice(pool))
        .orElse(entry.basePrice());
  }

  private static VariantAvailability variantAvailability(
      VariantEntry variant, VariantRequest request) {
    return new VariantAvailability(
        variant.variantId(),
        variant.name(),
        variant.attributes(),
        variant.price(),
        variant.status(),
        request.requests(variant));
  }
}
