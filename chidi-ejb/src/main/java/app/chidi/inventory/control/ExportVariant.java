package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A variant to write to a catalogue file.
 *
 * @param attributes attribute name (lower-case, as in {@code attr:<name>}) to value
 */
public record ExportVariant(
    String name,
    String sku,
    BigDecimal price,
    int stockQuantity,
    int lowStockThreshold,
    Map<String, String> attributes) {

  public ExportVariant {
    attributes = Map.copyOf(attributes);
  }
}
