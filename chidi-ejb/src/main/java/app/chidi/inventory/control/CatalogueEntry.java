package app.chidi.inventory.control;

import app.chidi.inventory.entity.StockStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A product as the availability matcher reads it, loaded from the catalogue. */
public record CatalogueEntry(
    UUID productId,
    String name,
    String description,
    String category,
    BigDecimal basePrice,
    String currency,
    List<VariantEntry> variants) {

  public CatalogueEntry {
    variants = List.copyOf(variants);
  }

  /** The best status among all its variants. */
  StockStatus status() {
    return VariantEntry.bestStatus(variants);
  }
}
