package app.chidi.inventory.faces;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import app.chidi.platform.web.PageMessages.Field;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the product form ({@code product-edit.xhtml}): which input a record component or a
 * refusal concerns, and the checks the records cannot state (a name and a SKU are required, an
 * attribute with a value needs a name).
 */
final class ProductFields {

  static final String DUPLICATE_SKU = "inventory/duplicate-sku";
  private static final Pattern VARIANT = Pattern.compile("variants\\[(\\d+)]\\.(\\w+).*");
  private static final Map<String, String> LABELS =
      Map.of(
          "name", "Name",
          "description", "Description",
          "category", "Category",
          "basePrice", "Base price",
          "status", "Status");
  private static final Map<String, Field> VARIANT_FIELDS =
      Map.of(
          "sku", new Field("sku", "SKU"),
          "name", new Field("sku", "Variant name"),
          "price", new Field("price", "Price"),
          "stockQuantity", new Field("stock", "Stock"),
          "lowStockThreshold", new Field("threshold", "Low-stock alert"),
          "attributes", new Field("size", "Attributes"));

  private final String form;
  private final List<VariantRow> rows;

  ProductFields(String form, List<VariantRow> rows) {
    this.form = form;
    this.rows = rows;
  }

  /** Reports what is required and missing, on its field; true when nothing is. */
  boolean filled(String name) {
    boolean filled = true;
    if (blank(name)) {
      PageMessages.error(form + ":name", "Enter the product's name");
      filled = false;
    }
    if (rows.isEmpty()) {
      PageMessages.error(null, "Add at least one variant: every product is sold as one");
      filled = false;
    }
    for (int i = 0; i < rows.size(); i++) {
      filled &= rowFilled(i, rows.get(i));
    }
    return filled;
  }

  private boolean rowFilled(int index, VariantRow row) {
    boolean filled = true;
    if (!row.isSaved() && blank(row.getSku())) {
      PageMessages.error(variant(index, "sku"), "Enter a SKU, the code you know this item by");
      filled = false;
    }
    List<VariantRow.Attribute> extras = row.getExtras();
    for (int j = 0; j < extras.size(); j++) {
      if (blank(extras.get(j).getKey()) && !blank(extras.get(j).getValue())) {
        PageMessages.error(variant(index, "extras:" + j + ":key"), "Name this attribute");
        filled = false;
      }
    }
    return filled;
  }

  /** The field of a constraint violation's property path, such as {@code variants[1].price}. */
  Field of(String path) {
    Matcher variant = VARIANT.matcher(path);
    if (variant.matches()) {
      Field field = VARIANT_FIELDS.getOrDefault(variant.group(2), new Field("sku", "Variant"));
      return new Field(
          variant(Integer.parseInt(variant.group(1)), field.clientId()), field.label());
    }
    String label = LABELS.get(path);
    return label == null ? new Field(null, path) : new Field(form + ":" + path, label);
  }

  /** A duplicate SKU goes to the rows with that SKU; other refusals above the form. */
  void refused(BusinessException refusal) {
    boolean placed = false;
    for (int i = 0; i < rows.size() && refusal.code().equals(DUPLICATE_SKU); i++) {
      String sku = rows.get(i).getSku();
      if (!blank(sku) && refusal.getMessage().contains("'" + sku.strip() + "'")) {
        PageMessages.error(variant(i, "sku"), refusal.getMessage());
        placed = true;
      }
    }
    if (!placed) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  private String variant(int index, String field) {
    return form + ":variants:" + index + ":" + field;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
