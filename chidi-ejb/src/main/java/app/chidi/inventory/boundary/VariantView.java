package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.ProductVariant;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A variant as the shop's own people see it, stock numbers included. */
public record VariantView(
    UUID id,
    String name,
    String sku,
    BigDecimal price,
    int stockQuantity,
    int lowStockThreshold,
    Map<String, String> attributes,
    String stockStatus) {

  static VariantView of(ProductVariant variant) {
    return new VariantView(
        variant.id(),
        variant.name(),
        variant.sku(),
        variant.price(),
        variant.stockQuantity(),
        variant.lowStockThreshold(),
        variant.attributes(),
        variant.status().name().toLowerCase(Locale.ROOT));
  }
}
