package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.ProductQuery;
import java.io.Serializable;

/**
 * The filters above the product list. The status is {@code active}, {@code inactive}, {@code
 * archived}, {@code all}, or empty for everything but archived products.
 */
public class ProductFilter implements Serializable {

  private String search;
  private String category;
  private String status;
  private boolean lowStockOnly;

  ProductQuery query(int page, int limit, boolean withVariants) {
    return new ProductQuery(
        page,
        limit,
        blankToNull(search),
        blankToNull(category),
        blankToNull(status),
        lowStockOnly,
        withVariants);
  }

  /** Whether any filter narrows the list, so an empty page means "nothing matches". */
  public boolean isNarrowed() {
    return blankToNull(search) != null
        || blankToNull(category) != null
        || blankToNull(status) != null
        || lowStockOnly;
  }

  void clear() {
    search = null;
    category = null;
    status = null;
    lowStockOnly = false;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public boolean isLowStockOnly() {
    return lowStockOnly;
  }

  public void setLowStockOnly(boolean lowStockOnly) {
    this.lowStockOnly = lowStockOnly;
  }
}
