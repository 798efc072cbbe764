package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.VariantForm;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.inventory.entity.ProductVariant;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the variant builder: size and colour, which most shops sell by, free attributes for
 * the rest, and its SKU, price and stock. A row read from an existing variant keeps its id; its SKU
 * and stock are shown, not edited (stock changes go through an adjustment, with a reason).
 */
public class VariantRow implements Serializable {

  static final String SIZE = "size";
  static final String COLOUR = "colour";

  private UUID id;
  private String name;
  private Map<String, String> savedAttributes = Map.of();
  private String sku;
  private String size;
  private String colour;
  private final List<Attribute> extras = new ArrayList<>();
  private BigDecimal price;
  private Integer stock = 0;
  private Integer lowStockThreshold = ProductVariant.DEFAULT_LOW_STOCK_THRESHOLD;

  static VariantRow of(VariantView variant) {
    VariantRow row = new VariantRow();
    row.id = variant.id();
    row.name = variant.name();
    row.savedAttributes = Map.copyOf(variant.attributes());
    row.sku = variant.sku();
    row.price = variant.price();
    row.stock = variant.stockQuantity();
    row.lowStockThreshold = variant.lowStockThreshold();
    variant
        .attributes()
        .forEach(
            (key, value) -> {
              switch (key) {
                case SIZE -> row.size = value;
                case COLOUR -> row.colour = value;
                default -> row.extras.add(new Attribute(key, value));
              }
            });
    return row;
  }

  /**
   * The variant to create (stock included) or to change (without stock). A blank price means the
   * product's base price. A changed variant whose name was made from its attributes is renamed
   * after its new ones; a name given in an import stays.
   */
  VariantForm toForm(BigDecimal basePrice) {
    Map<String, String> attributes = attributes();
    if (isSaved()) {
      boolean namedAfterAttributes = ProductVariant.nameFor(savedAttributes).equals(name);
      String newName =
          namedAfterAttributes && !attributes.equals(savedAttributes)
              ? ProductVariant.nameFor(attributes)
              : null;
      BigDecimal newPrice = price == null ? basePrice : price;
      return new VariantForm(id, newName, null, newPrice, null, lowStockThreshold, attributes);
    }
    return new VariantForm(null, null, strip(sku), price, stock, lowStockThreshold, attributes);
  }

  /** Size, colour and the free attributes with a name, keys in lower case. */
  Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, SIZE, size);
    put(attributes, COLOUR, colour);
    extras.forEach(extra -> put(attributes, extra.getKey(), extra.getValue()));
    return attributes;
  }

  private static void put(Map<String, String> attributes, String key, String value) {
    if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
      attributes.put(key.strip().toLowerCase(Locale.ROOT), value.strip());
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  public void addExtra() {
    extras.add(new Attribute(null, null));
  }

  public void removeExtra(Attribute extra) {
    extras.remove(extra);
  }

  /** Whether the variant exists already (its SKU is fixed, its stock adjusted elsewhere). */
  public boolean isSaved() {
    return id != null;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }

  public List<Attribute> getExtras() {
    return extras;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Integer getStock() {
    return stock;
  }

  public void setStock(Integer stock) {
    this.stock = stock;
  }

  public Integer getLowStockThreshold() {
    return lowStockThreshold;
  }

  public void setLowStockThreshold(Integer lowStockThreshold) {
    this.lowStockThreshold = lowStockThreshold;
  }

  /** A free attribute: material, fit, length... */
  public static class Attribute implements Serializable {
    private String key;
    private String value;

    Attribute(String key, String value) {
      this.key = key;
      this.value = value;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }
  }
}
