package app.chidi.inventory.control;

import static app.chidi.inventory.control.CatalogueField.BASE_PRICE;
import static app.chidi.inventory.control.CatalogueField.CATEGORY;
import static app.chidi.inventory.control.CatalogueField.DESCRIPTION;
import static app.chidi.inventory.control.CatalogueField.HANDLE;
import static app.chidi.inventory.control.CatalogueField.LOW_STOCK_THRESHOLD;
import static app.chidi.inventory.control.CatalogueField.NAME;
import static app.chidi.inventory.control.CatalogueField.PRICE;
import static app.chidi.inventory.control.CatalogueField.SKU;
import static app.chidi.inventory.control.CatalogueField.STOCK_QUANTITY;
import static app.chidi.inventory.control.CatalogueField.VARIANT_NAME;

import app.chidi.inventory.entity.ProductVariant;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One row of a catalogue file read as a product and one of its variants.
 *
 * @param key the product the row belongs to (see {@link ProductGroup#key()})
 */
record CatalogueRow(String key, ProductDraft product, VariantDraft variant) {

  static final int MAX_NAME = 255;
  static final int MAX_HANDLE = 255;
  static final int MAX_SKU = 100;
  static final int MAX_CATEGORY = 100;
  static final int MAX_DESCRIPTION = 5000;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Reads a row; its problems are noted in {@code cells}. A row may leave the name empty when an
   * earlier row with the same handle gave it (as Shopify exports do), and may leave the price empty
   * when the product already has a base price.
   *
   * @param products the product already read for a key, or {@code null}
   */
  static CatalogueRow read(RowReader cells, Function<String, ProductDraft> products) {
    var handle = cells.text(HANDLE, MAX_HANDLE);
    var name = name(cells, handle == null ? null : products.apply(handleKey(handle)));
    var key = handle == null ? nameKey(name) : handleKey(handle);
    var basePrice = cells.price(BASE_PRICE);
    var price = cells.price(PRICE);
    var product =
        new ProductDraft(
            handle,
            name,
            cells.text(DESCRIPTION, MAX_DESCRIPTION),
            cells.text(CATEGORY, MAX_CATEGORY),
            basePrice == null ? price : basePrice,
            cells.status());
    var variantPrice = variantPrice(cells, price, basePrice, products.apply(key));
    return new CatalogueRow(key, product, variant(cells, variantPrice));
  }

  private static String name(RowReader cells, ProductDraft sameHandle) {
    return sameHandle == null
        ? cells.required(NAME, MAX_NAME)
        : Objects.requireNonNullElse(cells.text(NAME, MAX_NAME), sameHandle.name());
  }

  private static BigDecimal variantPrice(
      RowReader cells, BigDecimal price, BigDecimal basePrice, ProductDraft earlier) {
    if (price != null) {
      return price;
    }
    if (basePrice != null) {
      return basePrice;
    }
    if (earlier != null) {
      return earlier.basePrice();
    }
    if (cells.blank(PRICE) && cells.blank(BASE_PRICE)) {
      cells.problem(cells.mapped(PRICE) ? PRICE : BASE_PRICE, "a price is required");
    }
    return null;
  }

  private static VariantDraft variant(RowReader cells, BigDecimal price) {
    var sku = cells.required(SKU, MAX_SKU);
    if (sku != null && sku.codePoints().anyMatch(Character::isWhitespace)) {
      cells.problem(SKU, "a SKU cannot contain spaces: " + CellFormats.quoted(sku));
      sku = null;
    }
    var attributes = cells.attributes();
    return new VariantDraft(
        variantName(cells, attributes),
        sku,
        price,
        cells.count(STOCK_QUANTITY),
        cells.count(LOW_STOCK_THRESHOLD),
        attributes);
  }

  private static String variantName(RowReader cells, Map<String, String> attributes) {
    var name = cells.text(VARIANT_NAME, MAX_NAME);
    if (name != null || !cells.blank(VARIANT_NAME)) {
      return name;
    }
    var fromAttributes = ProductVariant.nameFor(attributes);
    if (fromAttributes.codePointCount(0, fromAttributes.length()) > MAX_NAME) {
      cells.problem(VARIANT_NAME, "the attribute values are too long to name the variant by");
    }
    return fromAttributes;
  }

  private static String handleKey(String handle) {
    return "handle:" + handle;
  }

  private static String nameKey(String name) {
    var normalised = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return "name:" + SPACES.matcher(normalised).replaceAll(" ");
  }
}
