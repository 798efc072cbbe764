package app.chidi.inventory.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CSV column of the import and what it fills: a catalogue field such as {@code name}, a variant
 * attribute such as {@code attr:size}, or {@code ignore}.
 */
public class ColumnChoice implements Serializable {

  static final String IGNORE = "ignore";

  /** A target a column can be mapped to, with the words the page shows for it. */
  public record Target(String value, String label) implements Serializable {}

  static final List<Target> TARGETS =
      List.of(
          new Target("name", "Product name"),
          new Target("sku", "SKU"),
          new Target("price", "Price"),
          new Target("base_price", "Base price (of the product)"),
          new Target("handle", "Handle (groups variants)"),
          new Target("description", "Description"),
          new Target("category", "Category"),
          new Target("status", "Status"),
          new Target("variant_name", "Variant name"),
          new Target("stock_quantity", "Stock quantity"),
          new Target("low_stock_threshold", "Low-stock alert"),
          new Target("attr:size", "Size"),
          new Target("attr:colour", "Colour"),
          new Target("attr:material", "Material"),
          new Target(IGNORE, "Ignore this column"));

  private final String header;
  private String target;

  ColumnChoice(String header, String target) {
    this.header = header;
    this.target = target == null || target.isEmpty() ? IGNORE : target;
  }

  /** The header to target map a preview or commit takes. */
  static Map<String, String> mapping(List<ColumnChoice> columns) {
    Map<String, String> mapping = new LinkedHashMap<>();
    columns.forEach(column -> mapping.put(column.header, column.target));
    return mapping;
  }

  /**
   * The required fields no column is mapped to: name, SKU, and a price (the variant's or the
   * product's base price).
   */
  static List<String> missing(List<ColumnChoice> columns) {
    Set<String> chosen = Set.copyOf(mapping(columns).values());
    List<String> missing = new ArrayList<>();
    if (!chosen.contains("name")) {
      missing.add("Product name");
    }
    if (!chosen.contains("sku")) {
      missing.add("SKU");
    }
    if (!chosen.contains("price") && !chosen.contains("base_price")) {
      missing.add("Price");
    }
    return missing;
  }

  /** The usual targets, and any other attribute the file's headers were recognised as. */
  static List<Target> targets(List<ColumnChoice> columns) {
    List<Target> targets = new ArrayList<>(TARGETS);
    columns.stream()
        .map(ColumnChoice::getTarget)
        .filter(target -> target.startsWith("attr:"))
        .filter(target -> targets.stream().noneMatch(known -> known.value().equals(target)))
        .distinct()
        .forEach(target -> targets.add(targets.size() - 1, attribute(target)));
    return targets;
  }

  private static Target attribute(String target) {
    String name = target.substring("attr:".length());
    return new Target(target, Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }

  public String getHeader() {
    return header;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
