package app.chidi.inventory.control;

import app.chidi.inventory.entity.MovementType;
import app.chidi.inventory.entity.Product;
import app.chidi.inventory.entity.ProductStatus;
import app.chidi.inventory.entity.ProductVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes validated import rows into the catalogue, upserting by SKU: a known SKU updates its
 * variant (and that variant's product), an unknown one is added — to the product of another known
 * SKU of the same group, or to a new product. Counted stock that differs is recorded as an {@code
 * IMPORT} movement.
 */
@ApplicationScoped
public class CatalogueWriter {

  /** How many rows of a batch created new variants and how many updated existing ones. */
  public record Written(int imported, int updated) {}

  static final String REASON = "import";

  @PersistenceContext EntityManager em;
  @Inject ProductRepository products;

  public Written write(List<ProductGroup> groups, UUID businessId, String currency, UUID userId) {
    Map<String, ProductVariant> existing =
        products.variantsBySku(
            groups.stream()
                .flatMap(g -> g.variants().stream())
                .map(row -> row.variant().sku())
                .toList());
    OffsetDateTime now = OffsetDateTime.now();
    int imported = 0;
    int updated = 0;
    for (ProductGroup group : groups) {
      Product product = productFor(group, existing, businessId, currency, now);
      for (VariantRow row : group.variants()) {
        VariantDraft draft = row.variant();
        ProductVariant variant = existing.get(draft.sku());
        int threshold;
        if (variant == null) {
          variant = product.addVariant(draft.sku());
          em.persist(variant);
          threshold = ProductVariant.DEFAULT_LOW_STOCK_THRESHOLD;
          imported++;
        } else {
          threshold = variant.lowStockThreshold();
          updated++;
        }
        variant.describe(
            draft.name(),
            draft.price(),
            draft.lowStockThreshold() == null ? threshold : draft.lowStockThreshold(),
            draft.attributes());
        if (draft.stockQuantity() != null) {
          variant
              .countAs(draft.stockQuantity(), MovementType.IMPORT, REASON, userId, now)
              .ifPresent(em::persist);
        }
      }
    }
    return new Written(imported, updated);
  }

  private Product productFor(
      ProductGroup group,
      Map<String, ProductVariant> existing,
      UUID businessId,
      String currency,
      OffsetDateTime now) {
    ProductDraft draft = group.product();
    Optional<Product> known =
        group.variants().stream()
            .map(row -> existing.get(row.variant().sku()))
            .filter(Objects::nonNull)
            .map(ProductVariant::product)
            .findFirst();
    Product product = known.orElseGet(() -> new Product(businessId, currency, now));
    product.describe(draft.name(), draft.description(), draft.category(), draft.basePrice());
    product.changeStatus(ProductStatus.valueOf(draft.status().toUpperCase(Locale.ROOT)));
    if (known.isEmpty()) {
      products.add(product);
    }
    return product;
  }
}
