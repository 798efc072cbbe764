package app.chidi.inventory.control;

import app.chidi.inventory.entity.Product;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SQL condition of a catalogue list: status, category, low stock, and search words. Each search
 * word must begin a word of the product (a name word, a SKU or a part of one, an attribute value):
 * a prefix range on the {@code product_words} index, because row-level security keeps PostgreSQL
 * from using an index for LIKE (see V2__inventory.sql).
 *
 * @param status ACTIVE, INACTIVE, ARCHIVED, ALL, or {@code null} for all but archived
 */
public record CatalogueFilter(String status, String category, boolean lowStock, String search) {

  /** Sorts after every character, so {@code [word, word + END)} holds the words it begins. */
  static final String END = new String(Character.toChars(Character.MAX_CODE_POINT));

  static final int MAX_WORDS = 10;

  String where() {
    return build(null);
  }

  void bind(Query query) {
    build(query);
  }

  /** Builds the condition, binding its parameters to {@code query} when one is given. */
  private String build(Query query) {
    List<Object> parameters = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    if (status == null) {
      conditions.add("p.status in ('ACTIVE', 'INACTIVE')");
    } else if (!status.equals("ALL")) {
      parameters.add(status);
      conditions.add("p.status = ?" + parameters.size());
    }
    if (category != null) {
      parameters.add(category.toLowerCase(Locale.ROOT));
      conditions.add("lower(p.category) = ?" + parameters.size());
    }
    if (lowStock) {
      conditions.add(
          "p.id in (select v.product_id from product_variants v where v.removed_at is null"
              + " and v.stock_quantity <= v.low_stock_threshold)");
    }
    for (String word : words(search)) {
      parameters.add(word);
      parameters.add(word + END);
      conditions.add(
          "p.id in (select w.product_id from product_words w where w.word >= ?"
              + (parameters.size() - 1)
              + " and w.word < ?"
              + parameters.size()
              + ")");
    }
    if (query != null) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
    }
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }

  /** The distinct search words, as the search text holds them. */
  static List<String> words(String search) {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    return Arrays.stream(Product.searchable(search).strip().split("\\s+"))
        .distinct()
        .limit(MAX_WORDS)
        .toList();
  }
}
