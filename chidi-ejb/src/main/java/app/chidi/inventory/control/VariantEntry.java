package app.chidi.inventory.control;

import app.chidi.inventory.entity.StockStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A variant as the availability matcher reads it. Its stock numbers stay inside this package: only
 * {@link #status()} leaves it.
 */
public record VariantEntry(
    UUID variantId,
    String name,
    String sku,
    BigDecimal price,
    int stockQuantity,
    int lowStockThreshold,
    Map<String, String> attributes) {

  public VariantEntry {
    Objects.requireNonNull(price, "price");
    attributes = Map.copyOf(attributes);
  }

  StockStatus status() {
    return StockStatus.of(stockQuantity, lowStockThreshold);
  }

  /** The best status among the variants, {@link StockStatus#OUT_OF_STOCK} when there are none. */
  static StockStatus bestStatus(Collection<VariantEntry> variants) {
    // StockStatus declares its constants best first.
    return variants.stream()
        .map(VariantEntry::status)
        .min(Comparator.naturalOrder())
        .orElse(StockStatus.OUT_OF_STOCK);
  }

  static Optional<BigDecimal> lowestPrice(Collection<VariantEntry> variants) {
    return variants.stream().map(VariantEntry::price).min(Comparator.naturalOrder());
  }
}
