package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.Product;
import app.chidi.inventory.entity.ProductVariant;
import app.chidi.inventory.entity.StockStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A product as the shop's own people see it.
 *
 * @param lowStock whether any variant is at or under its threshold (out of stock included)
 * @param variants the variants, or {@code null} when a list did not ask for them
 */
public record ProductView(
    UUID id,
    String name,
    String description,
    String category,
    BigDecimal basePrice,
    String currency,
    String status,
    int totalStock,
    int variantCount,
    boolean lowStock,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    List<VariantView> variants) {

  static ProductView of(Product product) {
    List<ProductVariant> active = product.activeVariants();
    return new ProductView(
        product.id(),
        product.name(),
        product.description(),
        product.category(),
        product.basePrice(),
        product.currency(),
        product.status().name().toLowerCase(Locale.ROOT),
        product.totalStock(),
        active.size(),
        active.stream().anyMatch(v -> v.status() != StockStatus.AVAILABLE),
        product.createdAt(),
        product.updatedAt(),
        active.stream().map(VariantView::of).toList());
  }
}
