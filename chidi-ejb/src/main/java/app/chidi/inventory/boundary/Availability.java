package app.chidi.inventory.boundary;

import app.chidi.inventory.control.AvailabilityMatcher;
import app.chidi.inventory.control.CatalogueEntry;
import app.chidi.inventory.control.ProductRepository;
import app.chidi.inventory.control.QueryTerms;
import app.chidi.inventory.control.VariantEntry;
import app.chidi.inventory.entity.Product;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

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

  @Inject ProductRepository products;
  @Inject AvailabilityMatcher matcher;

  public AvailabilityAnswer lookup(String question) {
    List<String> words =
        QueryTerms.of(question).terms().stream()
            .filter(term -> term.length() >= MIN_SEARCH_WORD)
            .distinct()
            .toList();
    List<CatalogueEntry> candidates =
        products.candidates(words, CANDIDATES).stream().map(Availability::entry).toList();
    return matcher.answer(
        question,
        candidates,
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
