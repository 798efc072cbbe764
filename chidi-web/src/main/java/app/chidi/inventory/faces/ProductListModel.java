package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductPage;
import app.chidi.inventory.boundary.ProductView;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The product list, one page at a time from {@link Inventory#products}, newest first. The table's
 * own filters are not used: {@link ProductFilter} holds the ones above it.
 */
class ProductListModel extends LazyDataModel<ProductView> {

  private final Inventory inventory;
  private final ProductFilter filter;

  ProductListModel(Inventory inventory, ProductFilter filter) {
    this.inventory = inventory;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) inventory.products(filter.query(1, 1, false)).pagination().totalItems();
  }

  @Override
  public List<ProductView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ProductPage page = inventory.products(filter.query(first / pageSize + 1, pageSize, true));
    setRowCount((int) page.pagination().totalItems());
    return page.products();
  }

  @Override
  public String getRowKey(ProductView product) {
    return product.id().toString();
  }

  @Override
  public ProductView getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(product -> product.id().toString().equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
