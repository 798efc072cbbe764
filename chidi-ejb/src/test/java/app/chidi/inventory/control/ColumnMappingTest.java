package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

  private static Map<String, String> ordered(String... headerTargetPairs) {
    var map = new LinkedHashMap<String, String>();
    for (var i = 0; i < headerTargetPairs.length; i += 2) {
      map.put(headerTargetPairs[i], headerTargetPairs[i + 1]);
    }
    return map;
  }

  private static void assertInvalid(Runnable mapping, String... wordsInMessage) {
    var error = assertThrows(CatalogueFileException.class, mapping::run);
    assertEquals(CatalogueFileException.INVALID_MAPPING, error.code());
    for (var word : wordsInMessage) {
      assertTrue(error.getMessage().contains(word), error.getMessage());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Handle|handle",
        "Product ID|handle",
        "Product Name|name",
        "TITLE|name",
        "item_name|name",
        "Body (HTML)|description",
        "Details|description",
        "Product Type|category",
        "Collection|category",
        "Base Price|base_price",
        "status|status",
        "Variant Title|variant_name",
        "Option|variant_name",
        "Variant SKU|sku",
        "Item Code|sku",
        "Selling Price|price",
        "Amount|price",
        "Qty|stock_quantity",
        "On-hand|stock_quantity",
        "Variant Inventory Qty|stock_quantity",
        "Reorder Level|low_stock_threshold",
        "low-stock|low_stock_threshold",
        "Size|attr:size",
        "Color|attr:colour",
        "Colour|attr:colour",
        "Material|attr:material",
        "attr:Sleeve Length|attr:sleeve length",
        "Attribute: Fit|attr:fit",
        "option: Pattern|attr:pattern",
        "stock_quantity|stock_quantity",
        "low_stock_threshold|low_stock_threshold",
      })
  void mapsCommonHeaders(String header, String target) {
    assertEquals(Map.of(header, target), ColumnMapping.auto(List.of(header)).targets());
  }

  @Test
  void ignoresHeadersItDoesNotKnow() {
    var mapping = ColumnMapping.auto(List.of("Barcode", "Vendor", "attr:Größe", "Notes"));

    assertEquals(
        ordered("Barcode", "", "Vendor", "", "attr:Größe", "", "Notes", ""), mapping.targets());
  }

  /** Shopify's product export: one line per variant, product fields on the first line only. */
  @Test
  void mapsAShopifyExport() {
    var headers =
        List.of(
            "Handle",
            "Title",
            "Body (HTML)",
            "Vendor",
            "Type",
            "Tags",
            "Published",
            "Option1 Name",
            "Option1 Value",
            "Variant SKU",
            "Variant Grams",
            "Variant Inventory Qty",
            "Variant Price",
            "Variant Compare At Price",
            "Variant Barcode",
            "Status");

    var targets = ColumnMapping.auto(headers).targets();

    assertEquals(List.copyOf(targets.keySet()), headers);
    assertEquals("handle", targets.get("Handle"));
    assertEquals("name", targets.get("Title"));
    assertEquals("description", targets.get("Body (HTML)"));
    assertEquals("category", targets.get("Type"));
    assertEquals("variant_name", targets.get("Option1 Value"));
    assertEquals("sku", targets.get("Variant SKU"));
    assertEquals("stock_quantity", targets.get("Variant Inventory Qty"));
    assertEquals("price", targets.get("Variant Price"));
    assertEquals("status", targets.get("Status"));
    for (var ignored :
        List.of(
            "Vendor",
            "Tags",
            "Published",
            "Option1 Name",
            "Variant Grams",
            "Variant Compare At Price",
            "Variant Barcode")) {
      assertEquals("", targets.get(ignored), ignored);
    }
  }

  @Test
  void givesEachTargetToTheFirstHeaderOnly() {
    var mapping =
        ColumnMapping.auto(List.of("Title", "Name", "Color", "Colour", "Price", "Unit price"));

    assertEquals(
        ordered(
            "Title",
            "name",
            "Name",
            "",
            "Color",
            "attr:colour",
            "Colour",
            "",
            "Price",
            "price",
            "Unit price",
            ""),
        mapping.targets());
  }

  @Test
  void listsMissingRequiredFields() {
    assertEquals(
        List.of("name", "sku", "price"), ColumnMapping.auto(List.of("Colour")).missingRequired());
    assertEquals(
        List.of("sku"), ColumnMapping.auto(List.of("Name", "Base price")).missingRequired());
    assertEquals(List.of(), ColumnMapping.auto(List.of("Name", "SKU", "Price")).missingRequired());
  }

  @Test
  void appliesOverrides() {
    var mapping =
        ColumnMapping.auto(List.of("Title", "Product name", "Code", "Barcode", "Shade", "Qty"))
            .withOverrides(
                ordered("Product name", "name", "Shade", "ATTR:Colour ", "Qty", "ignore"));

    assertEquals(
        ordered(
            "Title",
            "",
            "Product name",
            "name",
            "Code",
            "sku",
            "Barcode",
            "",
            "Shade",
            "attr:colour",
            "Qty",
            ""),
        mapping.targets());
  }

  @Test
  void unmapsWithAnEmptyOverride() {
    var mapping = ColumnMapping.auto(List.of("Name", "SKU")).withOverrides(Map.of("SKU", ""));

    assertEquals(List.of("sku", "price"), mapping.missingRequired());
  }

  @Test
  void refusesAnOverrideForAnUnknownHeader() {
    var mapping = ColumnMapping.auto(List.of("Name"));

    assertInvalid(() -> mapping.withOverrides(Map.of("Nmae", "name")), "'Nmae'");
  }

  @Test
  void refusesUnknownTargets() {
    var mapping = ColumnMapping.auto(List.of("Name", "Extra"));

    assertInvalid(() -> mapping.withOverrides(Map.of("Extra", "weight")), "'weight'");
    assertInvalid(() -> mapping.withOverrides(Map.of("Extra", "attr:")), "'attr:'");
    assertInvalid(() -> mapping.withOverrides(Map.of("Extra", "attr:größe")));
    assertInvalid(() -> mapping.withOverrides(Map.of("Extra", "attr:" + "x".repeat(41))));
  }

  @Test
  void refusesOneTargetForTwoOverriddenHeaders() {
    var mapping = ColumnMapping.auto(List.of("A", "B"));

    assertInvalid(
        () -> mapping.withOverrides(ordered("A", "attr:size", "B", "attr:size")),
        "'A'",
        "'B'",
        "attr:size");
  }

  @Test
  void refusesOneTargetForTwoHeadersWhenBuiltDirectly() {
    assertInvalid(() -> new ColumnMapping(ordered("A", "sku", "B", "SKU")), "sku");
  }

  @Test
  void keepsTheMappingUnmodifiable() {
    var targets = ColumnMapping.auto(List.of("Name")).targets();

    assertThrows(UnsupportedOperationException.class, () -> targets.put("SKU", "sku"));
  }

  @Test
  void findsFieldsByKey() {
    assertEquals(Optional.of(CatalogueField.BASE_PRICE), CatalogueField.byKey(" Base_Price "));
    assertEquals(Optional.empty(), CatalogueField.byKey("attr:size"));
    assertEquals("low_stock_threshold", CatalogueField.LOW_STOCK_THRESHOLD.key());
  }
}
