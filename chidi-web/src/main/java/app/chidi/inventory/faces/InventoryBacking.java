package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductQuery;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code dashboard/inventory.xhtml}: the catalogue, 20 products a page, filtered as the user types;
 * archiving and the CSV export start here.
 */
@Named
@ViewScoped
public class InventoryBacking implements Serializable {

  static final int PAGE_SIZE = 20;
  static final String TABLE = "inventory:products";

  @Inject Inventory inventory;
  @Inject HttpServletRequest request;

  private final ProductFilter filter = new ProductFilter();
  private ProductListModel products;
  private List<String> categories;
  private boolean empty;

  @PostConstruct
  void load() {
    products = new ProductListModel(inventory, filter);
    categories = new ArrayList<>(ProductEditBacking.caseless(inventory.categories()));
    ProductQuery anyProduct = new ProductQuery(1, 1, null, null, "all", false, false);
    empty = inventory.products(anyProduct).pagination().totalItems() == 0;
  }

  /** Back to the first page, where the narrowed list starts. */
  public void filtersChanged() {
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table != null) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    filter.clear();
    filtersChanged();
  }

  public void archive(ProductView product) {
    if (!isArchiveAllowed()) {
      PageMessages.error(null, "Only owners and admins can archive products.");
      return;
    }
    try {
      inventory.archive(product.id());
      PageMessages.info("“" + product.name() + "” is archived. Find it under Status: Archived.");
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  /** The catalogue as CSV, in the shape the import reads back. */
  public StreamedContent getExport() {
    byte[] csv = inventory.exportCsv().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("catalogue-" + LocalDate.now() + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  /** The price, or the range of the variants' prices when they differ. */
  public String price(ProductView product) {
    List<VariantView> variants = product.variants() == null ? List.of() : product.variants();
    BigDecimal low =
        variants.stream().map(VariantView::price).min(Comparator.naturalOrder()).orElse(null);
    BigDecimal high =
        variants.stream().map(VariantView::price).max(Comparator.naturalOrder()).orElse(null);
    Locale locale = locale();
    if (low == null || low.compareTo(high) == 0) {
      return Prices.format(low == null ? product.basePrice() : low, product.currency(), locale);
    }
    return Prices.format(low, product.currency(), locale)
        + " – "
        + Prices.format(high, product.currency(), locale);
  }

  /** {@code out} when no variant is in stock, {@code low} when any is low or out, else null. */
  public String stockLevel(ProductView product) {
    if (product.variantCount() > 0 && product.totalStock() == 0) {
      return "out";
    }
    return product.lowStock() ? "low" : null;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public boolean isChangeAllowed() {
    return Permissions.canChange(request);
  }

  public boolean isArchiveAllowed() {
    return Permissions.canArchive(request);
  }

  public ProductFilter getFilter() {
    return filter;
  }

  public ProductListModel getProducts() {
    return products;
  }

  public List<String> getCategories() {
    return categories;
  }

  /** Whether the shop has no product at all, archived ones included. */
  public boolean isCatalogueEmpty() {
    return empty;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
