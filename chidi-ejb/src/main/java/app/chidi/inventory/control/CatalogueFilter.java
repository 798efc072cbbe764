package app.chidi.inventory.control;

import app.chidi.inventory.entity.Product;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SQL condition of a catalogue list: status, category, low stock, and search words that must
 * all appear in the product's search text.
 *
 * @param status ACTIVE, INACTIVE, ARCHIVED, ALL, or {@code null} for all but archived
 */
public record CatalogueFilter(String status, String category, boolean lowStock, String search) {

  String where() {
    List<String> conditions = new ArrayList<>();
    if (status == null) {
      conditions.add("p.status <> 'ARCHIVED'");
    } else if (!status.equals("ALL")) {
      conditions.add("p.status = ?1");
    }
    if (category != null) {
      conditions.add("lower(p.category) = ?2");
    }
    if (lowStock) {
      conditions.add(
          "exists (select 1 from product_variants v where v.product_id = p.id"
              + " and v.removed_at is null and v.stock_quantity <= v.low_stock_threshold)");
    }
    List<String> words = words();
    for (int i = 0; i < words.size(); i++) {
      conditions.add("p.search_text like ?" + (10 + i));
    }
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  void bind(Query query) {
    if (status != null && !status.equals("ALL")) {
      query.setParameter(1, status);
    }
    if (category != null) {
      query.setParameter(2, category.toLowerCase(Locale.ROOT));
    }
    List<String> words = words();
    for (int i = 0; i < words.size(); i++) {
      query.setParameter(10 + i, contains(words.get(i)));
    }
  }

  private List<String> words() {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    return Arrays.stream(Product.searchable(search).strip().split("\\s+"))
        .distinct()
        .limit(10)
        .toList();
  }

  /** A LIKE pattern matching text that contains {@code word} literally. */
  static String contains(String word) {
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
