package app.chidi.inventory.boundary;

/**
 * Which products to list.
 *
 * @param page 1-based
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 * @param search words that must all appear in the name, description, category, a SKU or an
 *     attribute value; {@code null} for all
 * @param status active, inactive, archived or all; {@code null} means everything but archived
 * @param withVariants whether each product carries its variants
 */
public record ProductQuery(
    int page,
    int limit,
    String search,
    String category,
    String status,
    boolean lowStock,
    boolean withVariants) {

  public static final int MAX_LIMIT = 100;
}
