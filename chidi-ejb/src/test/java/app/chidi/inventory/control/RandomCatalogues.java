package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/** Random catalogues and questions for the availability properties, from one seeded source. */
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
  private static final List<List<String>> VOCABULARIES =
      List.of(WORDS, SIZES, COLOURS, QUESTION_WORDS);
  private static final int MOST_THRESHOLD = 20;

  private final Picks picks;

  RandomCatalogues(Random random) {
    this.picks = new Picks(random);
  }

  /**
   * From 1 to 30 products with 1 to 6 variants each. The ids are random 128-bit numbers, so they
   * are distinct.
   */
  List<CatalogueEntry> catalogue() {
    return picks.listOf(1, 30, this::product);
  }

  /** From 1 to 6 words of the catalogue's vocabulary, sizes, colours and filler words. */
  String question() {
    return String.join(" ", picks.listOf(1, 6, () -> picks.oneOf(picks.oneOf(VOCABULARIES))));
  }

  /** The same catalogue with other stock numbers that give every variant the same status. */
  List<CatalogueEntry> restocked(List<CatalogueEntry> catalogue) {
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
                    entry.variants().stream().map(this::restocked).toList()))
        .toList();
  }

  private VariantEntry restocked(VariantEntry variant) {
    int threshold = picks.between(0, MOST_THRESHOLD);
    int lowThreshold = Math.max(threshold, 1);
    return switch (variant.status()) {
      case OUT_OF_STOCK -> withStock(variant, 0, threshold);
      case LOW_STOCK -> withStock(variant, picks.between(1, lowThreshold), lowThreshold);
      case AVAILABLE -> withStock(variant, threshold + picks.between(1, MOST_THRESHOLD), threshold);
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

  private CatalogueEntry product() {
    return new CatalogueEntry(
        id(),
        name(),
        name(),
        picks.orNull(0.05, () -> picks.oneOf(CATEGORIES)),
        price(),
        "NGN",
        picks.listOf(1, 6, this::variant));
  }

  private VariantEntry variant() {
    var id = id();
    var price = price();
    var stock = picks.between(0, 30);
    var threshold = picks.between(0, 10);
    var attributes = attributes();
    return new VariantEntry(
        id, String.join(" / ", attributes.values()), null, price, stock, threshold, attributes);
  }

  private Map<String, String> attributes() {
    var attributes = new TreeMap<String, String>();
    var size = picks.orNull(0.1, () -> picks.oneOf(SIZES));
    var colour = picks.orNull(0.2, () -> picks.oneOf(COLOURS));
    if (size != null) {
      attributes.put("size", size);
    }
    if (colour != null) {
      attributes.put("colour", colour);
    }
    return attributes;
  }

  private String name() {
    return String.join(" ", picks.listOf(1, 3, () -> picks.oneOf(WORDS)));
  }

  private BigDecimal price() {
    return BigDecimal.valueOf(picks.between(1, 500) * 100L);
  }

  private UUID id() {
    return new UUID(picks.random().nextLong(), picks.random().nextLong());
  }
}
