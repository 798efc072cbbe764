package app.chidi.inventory.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects valid rows into products, keeping the products in the order they first appear. */
final class ProductGrouping {

  private final Map<String, ProductDraft> products = new LinkedHashMap<>();
  private final Map<String, List<VariantRow>> variants = new HashMap<>();

  /** The product of a group key, or {@code null} when no valid row had that key yet. */
  ProductDraft product(String key) {
    return products.get(key);
  }

  /** Adds a row's variant to its product; the first row of a product gives the product fields. */
  void add(int row, CatalogueRow read) {
    products.putIfAbsent(read.key(), read.product());
    variants
        .computeIfAbsent(read.key(), key -> new ArrayList<>())
        .add(new VariantRow(row, read.variant()));
  }

  List<ProductGroup> groups() {
    return products.entrySet().stream()
        .map(e -> new ProductGroup(e.getKey(), e.getValue(), variants.get(e.getKey())))
        .toList();
  }
}
