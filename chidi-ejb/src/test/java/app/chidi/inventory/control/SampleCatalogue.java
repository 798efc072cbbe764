package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A small dress shop, and helpers to build catalogue entries in tests. */
final class SampleCatalogue {

  static final CatalogueEntry SUMMER_DRESS =
      product(
          "Summer Dress",
          "Dresses",
          variant("Blue / S", "12000", 10, 3, "colour", "Blue", "size", "S"),
          variant("Blue / M", "12500", 2, 3, "colour", "Blue", "size", "M"),
          variant("Red / M", "11000", 0, 3, "colour", "Red", "size", "M"),
          variant("Red / L", "11500", 20, 3, "colour", "Red", "size", "L"));
  static final CatalogueEntry BLUE_MAXI_DRESS =
      product(
          "Blue Maxi Dress",
          "Dresses",
          variant("M", "18000", 5, 2, "size", "M"),
          variant("L", "18000", 0, 2, "size", "L"));
  static final CatalogueEntry EVENING_GOWN =
      product("Evening Gown", "Dresses", variant("Black", "30000", 0, 1, "colour", "Black"));
  static final CatalogueEntry ANKARA_GOWN =
      product(
          "Ankara Gown",
          "Dresses",
          variant("S", "15000", 2, 5, "size", "S"),
          variant("L", "14000", 0, 5, "size", "L"));
  static final CatalogueEntry LINEN_SHIFT =
      product("Linen Shift", "Dresses", variant("S", "16000", 9, 2, "size", "S"));
  static final CatalogueEntry SUMMER_SANDALS =
      product("Summer Sandals", "Shoes", variant("40", "9000", 4, 1, "size", "40"));
  static final CatalogueEntry ASO_OKE =
      product("Àṣọ Òkè Wrap", "Traditional", variant("Gold", "45000", 3, 1, "colour", "Gold"));

  static final List<CatalogueEntry> ALL =
      List.of(
          SUMMER_DRESS,
          BLUE_MAXI_DRESS,
          EVENING_GOWN,
          ANKARA_GOWN,
          LINEN_SHIFT,
          SUMMER_SANDALS,
          ASO_OKE);

  private SampleCatalogue() {}

  static Function<String, List<CatalogueEntry>> sameCategoryIn(List<CatalogueEntry> catalogue) {
    return category ->
        catalogue.stream().filter(entry -> category.equals(entry.category())).toList();
  }

  static CatalogueEntry product(String name, String category, VariantEntry... variants) {
    return new CatalogueEntry(
        idOf(name),
        name,
        "Made in Lagos",
        category,
        new BigDecimal("10000"),
        "NGN",
        Arrays.asList(variants));
  }

  /** The attributes come as key, value, key, value. */
  static VariantEntry variant(
      String name, String price, int stock, int threshold, String... attributes) {
    return new VariantEntry(
        idOf(name + price + Arrays.toString(attributes)),
        name,
        null,
        new BigDecimal(price),
        stock,
        threshold,
        attributes(attributes));
  }

  private static Map<String, String> attributes(String... keysAndValues) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      attributes.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return attributes;
  }

  private static UUID idOf(String text) {
    return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
