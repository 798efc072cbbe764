package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A variant as read from a catalogue file, already validated.
 *
 * @param price with two decimals
 * @param stockQuantity {@code null} when the file has no such column or the cell is empty
 * @param lowStockThreshold {@code null} when the file has no such column or the cell is empty
 * @param attributes attribute name to value, sorted by name; empty cells are left out
 */
public record VariantDraft(
    String name,
    String sku,
    BigDecimal price,
    Integer stockQuantity,
    Integer lowStockThreshold,
    Map<String, String> attributes) {

  public VariantDraft {
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }
}
