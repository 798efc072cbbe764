package app.chidi.inventory.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headers shop owners and other shop systems (spreadsheets, Shopify exports) commonly use for
 * each catalogue column. Headers are compared as lower-case letters and digits only, so {@code
 * "Body (HTML)"}, {@code "body_html"} and {@code "BODY HTML"} are the same.
 */
final class HeaderSynonyms {

  private static final Map<String, List<String>> SYNONYMS =
      Map.ofEntries(
          Map.entry(
              "handle", List.of("handle", "product handle", "product id", "handle id", "slug")),
          Map.entry(
              "name",
              List.of(
                  "name",
                  "product name",
                  "title",
                  "product",
                  "product title",
                  "item",
                  "item name")),
          Map.entry(
              "description",
              List.of("description", "product description", "body", "body html", "details")),
          Map.entry(
              "category",
              List.of("category", "product category", "type", "product type", "collection")),
          Map.entry("base_price", List.of("base price", "product price")),
          Map.entry("status", List.of("status", "product status")),
          Map.entry(
              "variant_name",
              List.of("variant", "variant name", "variant title", "option", "option1 value")),
          Map.entry("sku", List.of("sku", "variant sku", "code", "item code", "product code")),
          Map.entry(
              "price",
              List.of(
                  "price", "variant price", "unit price", "selling price", "sale price", "amount")),
          Map.entry(
              "stock_quantity",
              List.of(
                  "stock",
                  "quantity",
                  "qty",
                  "inventory",
                  "stock quantity",
                  "stock qty",
                  "stock level",
                  "inventory quantity",
                  "variant inventory qty",
                  "on hand",
                  "quantity on hand",
                  "in stock")),
          Map.entry(
              "low_stock_threshold",
              List.of(
                  "low stock threshold",
                  "threshold",
                  "reorder level",
                  "reorder point",
                  "low stock",
                  "low stock alert")),
          Map.entry("attr:size", List.of("size")),
          Map.entry("attr:colour", List.of("colour", "color")),
          Map.entry("attr:material", List.of("material")));

  private static final Map<String, String> TARGET_BY_HEADER = byNormalisedHeader();

  private static final Pattern ATTRIBUTE_HEADER =
      Pattern.compile("(?:attr|attribute|option)\\s*:(.+)", Pattern.CASE_INSENSITIVE);

  private HeaderSynonyms() {}

  /**
   * The usual target of a header: a field key, or {@code attr:<name>} for headers such as {@code
   * "Size"} or {@code "attribute: Sleeve Length"}.
   */
  static Optional<String> targetFor(String header) {
    var attribute = ATTRIBUTE_HEADER.matcher(header.strip());
    if (attribute.matches()) {
      return MappingTarget.attribute(attributeName(attribute.group(1)));
    }
    return Optional.ofNullable(TARGET_BY_HEADER.get(normalised(header)));
  }

  private static String attributeName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", " ").strip();
  }

  private static String normalised(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static Map<String, String> byNormalisedHeader() {
    var targets = new HashMap<String, String>();
    SYNONYMS.forEach(
        (target, headers) -> headers.forEach(header -> targets.put(normalised(header), target)));
    return Map.copyOf(targets);
  }
}
