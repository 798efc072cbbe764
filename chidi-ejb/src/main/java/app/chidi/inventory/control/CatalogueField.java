package app.chidi.inventory.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalogue column a CSV header can be mapped to, declared in the column order of an export.
 * Variant attributes are not listed here: they are mapped as {@code attr:<name>} (see {@link
 * MappingTarget}).
 */
public enum CatalogueField {
  HANDLE("handle"),
  NAME("name"),
  DESCRIPTION("description"),
  CATEGORY("category"),
  BASE_PRICE("base_price"),
  STATUS("status"),
  VARIANT_NAME("variant_name"),
  SKU("sku"),
  PRICE("price"),
  STOCK_QUANTITY("stock_quantity"),
  LOW_STOCK_THRESHOLD("low_stock_threshold");

  private final String key;

  CatalogueField(String key) {
    this.key = key;
  }

  /** The name used in mappings and as the export header, e.g. {@code base_price}. */
  public String key() {
    return key;
  }

  /** The field with this key, ignoring case and surrounding spaces. */
  public static Optional<CatalogueField> byKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    var wanted = key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(field -> field.key.equals(wanted)).findFirst();
  }
}
