package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary catalogues and questions for the availability properties. */
final class RandomCatalogues {

  private static final List<String> CATEGORIES = List.of("Dresses", "Shoes", "Bags", "Tops");
  private static final List<String> WORDS =
      List.of(
          "blue", "summer", "dress", "dresses", "maxi", "red", "gown", "ankara", "àṣọ", "òkè",
          "linen", "silk", "shoe", "bag", "leather", "kaftan", "wrap", "top", "shirt", "sandals",
          "evening", "gold", "black", "light");
  private static final List<String> SIZES = List.of("S", "M", "L", "XL", "42");
  private static final List<String> COLOURS = List.of("Blue", "Red", "Black", "Gold", "Light Blue");
  private static final List<String> QUESTION_WORDS =
      List.of("do", "you", "have", "the", "in", "size", "medium", "small", "extra large", "gray");
  private static final int MOST_THRESHOLD = 20;

  private RandomCatalogues() {}

  static Arbitrary<List<CatalogueEntry>> catalogues() {
    return products().list().ofMinSize(1).ofMaxSize(30).uniqueElements(CatalogueEntry::productId);
  }

  static Arbitrary<String> questions() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS),
            Arbitraries.of(SIZES),
            Arbitraries.of(COLOURS),
            Arbitraries.of(QUESTION_WORDS));
    return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
  }

  /** The same catalogue with other stock numbers that give every variant the same status. */
  static List<CatalogueEntry> restocked(List<CatalogueEntry> catalogue, Random random) {
    return catalogue.stream()
        .map(
            entry ->
                new CatalogueEntry(
                    entry.productId(),
                    entry.name(),
                    entry.description(),
                    entry.category(),
                    entry.basePrice(),
                    entry.currency(),
                    entry.variants().stream().map(variant -> restocked(variant, random)).toList()))
        .toList();
  }

  private static VariantEntry restocked(VariantEntry variant, Random random) {
    int threshold = random.nextInt(MOST_THRESHOLD + 1);
    int lowThreshold = Math.max(threshold, 1);
    return switch (variant.status()) {
      case OUT_OF_STOCK -> withStock(variant, 0, threshold);
      case LOW_STOCK -> withStock(variant, 1 + random.nextInt(lowThreshold), lowThreshold);
      case AVAILABLE ->
          withStock(variant, threshold + 1 + random.nextInt(MOST_THRESHOLD), threshold);
    };
  }

  private static VariantEntry withStock(VariantEntry variant, int stock, int threshold) {
    return new VariantEntry(
        variant.variantId(),
        variant.name(),
        variant.sku(),
        variant.price(),
        stock,
        threshold,
        variant.attributes());
  }

  private static Arbitrary<CatalogueEntry> products() {
    return Combinators.combine(
            ids(),
            names(),
            names(),
            Arbitraries.of(CATEGORIES).injectNull(0.05),
            prices(),
            variants().list().ofMinSize(1).ofMaxSize(6).uniqueElements(VariantEntry::variantId))
        .as(
            (id, name, description, category, basePrice, variants) ->
                new CatalogueEntry(id, name, description, category, basePrice, "NGN", variants));
  }

  private static Arbitrary<VariantEntry> variants() {
    return Combinators.combine(
            ids(),
            prices(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 10),
            attributes())
        .as(
            (id, price, stock, threshold, attributes) ->
                new VariantEntry(
                    id,
                    String.join(" / ", attributes.values()),
                    null,
                    price,
                    stock,
                    threshold,
                    attributes));
  }

  private static Arbitrary<Map<String, String>> attributes() {
    return Combinators.combine(
            Arbitraries.of(SIZES).injectNull(0.1), Arbitraries.of(COLOURS).injectNull(0.2))
        .as(
            (size, colour) -> {
              var attributes = new TreeMap<String, String>();
              if (size != null) {
                attributes.put("size", size);
              }
              if (colour != null) {
                attributes.put("colour", colour);
              }
              return attributes;
            });
  }

  private static Arbitrary<String> names() {
    return Arbitraries.of(WORDS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(words -> String.join(" ", words));
  }

  private static Arbitrary<BigDecimal> prices() {
    return Arbitraries.integers()
        .between(1, 500)
        .map(hundreds -> BigDecimal.valueOf(hundreds * 100L));
  }

  private static Arbitrary<UUID> ids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }
}
