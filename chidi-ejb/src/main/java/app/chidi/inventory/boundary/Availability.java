package app.chidi.inventory.boundary;

import app.chidi.inventory.control.AvailabilityMatcher;
import app.chidi.inventory.control.CatalogueEntry;
import app.chidi.inventory.control.ProductMeanings;
import app.chidi.inventory.control.ProductRepository;
import app.chidi.inventory.control.QueryTerms;
import app.chidi.inventory.control.VariantEntry;
import app.chidi.inventory.entity.Product;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Availability as the assistant may see it: for a customer's words, the matching products and
 * variants with how well they match, a status each — available, low stock, out of stock — prices,
 * and alternatives for what is sold out. This is the only way other components read the inventory,
 * and nothing it returns carries a stock number.
 */
@Stateless
@Tenanted
public class Availability {

  static final int CANDIDATES = 40;
  static final int ALTERNATIVE_POOL = 20;
  static final int MIN_SEARCH_WORD = 3;

  /** How many products found only by meaning join the candidates. */
  static final int NEAREST = 5;

  /** How near in meaning such a product must be (the matcher decides how well it matches). */
  static final double NEAR = 0.3;

  @Inject ProductRepository products;
  @Inject AvailabilityMatcher matcher;
  @Inject ProductMeanings meanings;

  public AvailabilityAnswer lookup(String question) {
    List<String> words =
        QueryTerms.of(question).terms().stream()
            .filter(term -> term.length() >= MIN_SEARCH_WORD)
            .distinct()
            .toList();
    List<CatalogueEntry> candidates =
        new ArrayList<>(
            products.candidates(words, CANDIDATES).stream().map(Availability::entry).toList());
    Map<UUID, Double> similarity = meanings.similarity(question, products.activeTexts());
    Set<UUID> found =
        candidates.stream().map(CatalogueEntry::productId).collect(Collectors.toSet());
    List<UUID> near =
        similarity.entrySet().stream()
            .filter(e -> e.getValue() >= NEAR && !found.contains(e.getKey()))
            .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed())
            .limit(NEAREST)
            .map(Map.Entry::getKey)
            .toList();
    products.withIds(near).stream().map(Availability::entry).forEach(candidates::add);
    return matcher.answer(
        question,
        candidates,
        similarity,
        category ->
            products.inCategory(category, ALTERNATIVE_POOL).stream()
                .map(Availability::entry)
                .toList());
  }

  private static CatalogueEntry entry(Product product) {
    return new CatalogueEntry(
        product.id(),
        product.name(),
        product.description(),
        product.category(),
        product.basePrice(),
        product.currency(),
        product.activeVariants().stream()
            .map(
                v ->
                    new VariantEntry(
                        v.id(),
                        v.name(),
                        v.sku(),
                        v.price(),
                        v.stockQuantity(),
                        v.lowStockThreshold(),
                        v.attributes()))
            .toList());
  }
}
