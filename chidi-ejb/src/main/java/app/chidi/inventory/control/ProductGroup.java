package app.chidi.inventory.control;

import java.util.List;

/**
 * The valid rows of a file that describe one product.
 *
 * @param key what the rows have in common: {@code handle:<handle>}, or {@code name:<name>} with the
 *     name lower-case and its spaces collapsed
 * @param product the product fields, taken from the first valid row
 * @param variants one per valid row, in file order
 */
public record ProductGroup(String key, ProductDraft product, List<VariantRow> variants) {

  public ProductGroup {
    variants = List.copyOf(variants);
  }
}
