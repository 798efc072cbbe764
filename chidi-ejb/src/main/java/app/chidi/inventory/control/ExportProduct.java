package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product to write to a catalogue file.
 *
 * @param handle may be {@code null}
 * @param description may be {@code null}
 * @param category may be {@code null}
 * @param status {@code active}, {@code inactive} or {@code archived}
 */
public record ExportProduct(
    String handle,
    String name,
    String description,
    String category,
    BigDecimal basePrice,
    String status,
    List<ExportVariant> variants) {

  public ExportProduct {
    variants = List.copyOf(variants);
  }
}
