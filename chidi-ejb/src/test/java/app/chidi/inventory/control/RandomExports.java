package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random catalogues to export, from one seeded source. Their texts are full of what a CSV file must
 * quote or escape: commas, quotes, semicolons, line breaks, tabs, non-ASCII letters and currency
 * signs.
 */
final class RandomExports {

  private static final String TRICKY_CHARS = "abcXYZ019 ,;\"'\n\t-/&()₦€ÀṣọÒkè";
  private static final List<String> TRICKY_PIECES =
      List.of("Àṣọ Òkè", "₦", "\"\"", "\",\"", "\r\n", "; ", ", ", "'s");
  private static final List<String> STATUSES = List.of("active", "inactive", "archived");
  private static final List<String> ATTRIBUTE_NAMES =
      List.of("size", "colour", "material", "fit", "sleeve length");
  private static final BigDecimal[] EDGE_PRICES = {
    BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), new BigDecimal("0.01"), CellFormats.MAX_PRICE
  };

  private final Picks picks;

  RandomExports(Random random) {
    this.picks = new Picks(random);
  }

  /** Up to 6 products of 1 to 4 variants; handles and SKUs made unique by their position. */
  List<ExportProduct> catalogue() {
    var count = picks.between(0, 6);
    var products = new ArrayList<ExportProduct>(count);
    for (int i = 0; i < count; i++) {
      products.add(product(i));
    }
    return products;
  }

  private ExportProduct product(int position) {
    var handle = position + "-" + text(30);
    var name = text(30);
    var description = picks.orNull(0.3, () -> text(200));
    var category = picks.orNull(0.3, () -> text(20));
    var basePrice = money();
    var status = picks.oneOf(STATUSES);
    var count = picks.between(1, 4);
    var variants = new ArrayList<ExportVariant>(count);
    for (int j = 0; j < count; j++) {
      variants.add(variant(position + "." + j));
    }
    return new ExportProduct(handle, name, description, category, basePrice, status, variants);
  }

  private ExportVariant variant(String skuPrefix) {
    var name = text(30);
    var sku = skuPrefix + "-" + text(10).replaceAll("\\s", "");
    var price = money();
    var stock = count();
    var threshold = count();
    var names = new ArrayList<>(ATTRIBUTE_NAMES);
    Collections.shuffle(names, picks.random());
    var attributes = new TreeMap<String, String>();
    for (var attribute : names.subList(0, picks.between(0, 3))) {
      attributes.put(attribute, text(20));
    }
    return new ExportVariant(name, sku, price, stock, threshold, attributes);
  }

  /** Text as a CSV cell holds it after trimming: non-empty, no spaces at either end. */
  private String text(int maxLength) {
    String text;
    do {
      text =
          picks
              .string(
                  maxLength,
                  () ->
                      picks.chance(0.1)
                          ? picks.oneOf(TRICKY_PIECES)
                          : String.valueOf(picks.charOf(TRICKY_CHARS)))
              .trim();
    } while (text.isEmpty());
    return text;
  }

  /** From 0 to {@link CellFormats#MAX_PRICE} in cents, the bounds often, any number of digits. */
  private BigDecimal money() {
    if (picks.chance(0.1)) {
      return picks.oneOf(EDGE_PRICES);
    }
    var digits = picks.between(1, 12);
    return BigDecimal.valueOf(picks.between(0L, (long) Math.pow(10, digits) - 1), 2);
  }

  /** From 0 to {@link CellFormats#MAX_COUNT}, the bounds often, any number of digits. */
  private int count() {
    if (picks.chance(0.1)) {
      return picks.oneOf(0, 1, CellFormats.MAX_COUNT);
    }
    var digits = picks.between(1, 9);
    return picks.between(0, (int) Math.pow(10, digits) - 1);
  }
}
