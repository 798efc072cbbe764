package app.chidi.inventory.boundary;

import app.chidi.inventory.control.CatalogueCsvWriter;
import app.chidi.inventory.control.CatalogueFilter;
import app.chidi.inventory.control.ExportProduct;
import app.chidi.inventory.control.ExportVariant;
import app.chidi.inventory.control.ProductRepository;
import app.chidi.inventory.control.StockAlerts;
import app.chidi.inventory.entity.MovementType;
import app.chidi.inventory.entity.Product;
import app.chidi.inventory.entity.ProductStatus;
import app.chidi.inventory.entity.ProductVariant;
import app.chidi.inventory.entity.StockMovement;
import app.chidi.inventory.entity.StockStatus;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The catalogue of the signed-in business: products with variants, and their stock, where every
 * change leaves a movement in the audit trail.
 */
@Stateless
@Tenanted
public class Inventory {

  @PersistenceContext EntityManager em;
  @Inject ProductRepository products;
  @Inject StockAlerts alerts;
  @Inject CatalogueCsvWriter csvWriter;

  public ProductPage products(ProductQuery query) {
    CatalogueFilter filter =
        new CatalogueFilter(
            query.status() == null ? null : query.status().toUpperCase(Locale.ROOT),
            blankToNull(query.category()),
            query.lowStock(),
            blankToNull(query.search()));
    long total = products.count(filter);
    int totalPages = (int) Math.max(1, (total + query.limit() - 1) / query.limit());
    List<ProductView> page =
        products.page(filter, (query.page() - 1) * query.limit(), query.limit()).stream()
            .map(ProductView::of)
            .map(view -> query.withVariants() ? view : withoutVariants(view))
            .toList();
    return new ProductPage(page, new ProductPage.Pagination(query.page(), totalPages, total));
  }

  /** The categories in use, for filters and suggestions: products not archived, A to Z. */
  public List<String> categories() {
    return products.categories();
  }

  /** The currency the business prices its products in, such as {@code NGN}. */
  public String currency() {
    return products.currencyOf(TenantContext.business());
  }

  public ProductView product(UUID id) {
    return ProductView.of(find(id));
  }

  public ProductView create(ProductForm form) {
    Set<String> skus = new HashSet<>();
    for (VariantForm variant : form.variants()) {
      requireVariantFields(variant);
      if (!skus.add(variant.sku().strip())) {
        throw new DuplicateSkuException(variant.sku());
      }
    }
    requireUnused(skus);
    Product product =
        new Product(
            TenantContext.business(),
            products.currencyOf(TenantContext.business()),
            OffsetDateTime.now());
    product.describe(form.name(), form.description(), form.category(), form.basePrice());
    products.add(product);
    for (VariantForm variant : form.variants()) {
      addVariant(product, variant, "created");
    }
    return ProductView.of(product);
  }

  public ProductView update(UUID id, ProductChanges changes) {
    Product product = find(id);
    product.describe(
        changes.name() == null ? product.name() : changes.name(),
        changes.description() == null ? product.description() : changes.description(),
        changes.category() == null ? product.category() : changes.category(),
        changes.basePrice() == null ? product.basePrice() : changes.basePrice());
    if (changes.status() != null) {
      product.changeStatus(ProductStatus.valueOf(changes.status().toUpperCase(Locale.ROOT)));
    }
    OffsetDateTime now = OffsetDateTime.now();
    for (UUID removed :
        changes.removeVariants() == null ? List.<UUID>of() : changes.removeVariants()) {
      variantOf(product, removed).remove(now);
    }
    List<VariantForm> variants = changes.variants() == null ? List.of() : changes.variants();
    Set<String> newSkus = new HashSet<>();
    for (VariantForm variant : variants) {
      if (variant.id() == null) {
        requireVariantFields(variant);
        if (!newSkus.add(variant.sku().strip())) {
          throw new DuplicateSkuException(variant.sku());
        }
      }
    }
    requireUnused(newSkus);
    for (VariantForm variant : variants) {
      if (variant.id() == null) {
        addVariant(product, variant, "added");
      } else {
        change(variantOf(product, variant.id()), variant, now);
      }
    }
    if (product.activeVariants().isEmpty()) {
      throw new InvalidProductException("A product needs at least one variant");
    }
    return ProductView.of(product);
  }

  /** Archives the product: hidden from lists, customers and export, its history kept. */
  public void archive(UUID id) {
    find(id).archive();
  }

  /** Adds (or, negative, takes away) stock, recording who and why. */
  public StockChange adjustStock(UUID variantId, int adjustment, String reason, MovementType type) {
    if (adjustment == 0) {
      throw new InvalidAdjustmentException();
    }
    ProductVariant variant =
        products
            .variantForUpdate(variantId)
            .orElseThrow(() -> new ProductNotFoundException("Variant"));
    if (!variant.canAdjustBy(adjustment)) {
      throw new InsufficientStockException(variant.sku(), variant.stockQuantity(), adjustment);
    }
    StockStatus before = variant.status();
    StockMovement movement =
        variant.adjustBy(adjustment, type, reason, TenantContext.user(), OffsetDateTime.now());
    em.persist(movement);
    alerts.statusChanged(variant, before);
    return new StockChange(
        variant.id(),
        movement.previousStock(),
        movement.newStock(),
        movement.quantity(),
        movement.createdAt());
  }

  /** A variant's stock history, newest first. */
  public List<MovementView> movements(UUID variantId, int limit) {
    if (em.find(ProductVariant.class, variantId) == null) {
      throw new ProductNotFoundException("Variant");
    }
    return em
        .createNamedQuery("StockMovement.findByVariant", StockMovement.class)
        .setParameter("variantId", variantId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(MovementView::of)
        .toList();
  }

  /** Every product not archived, as CSV that the import reads back into the same catalogue. */
  public String exportCsv() {
    List<ExportProduct> export =
        products.allForExport().stream()
            .map(
                product ->
                    new ExportProduct(
                        product.id().toString(),
                        product.name(),
                        product.description(),
                        product.category(),
                        product.basePrice(),
                        product.status().name().toLowerCase(Locale.ROOT),
                        product.activeVariants().stream()
                            .map(
                                v ->
                                    new ExportVariant(
                                        v.name(),
                                        v.sku(),
                                        v.price(),
                                        v.stockQuantity(),
                                        v.lowStockThreshold(),
                                        v.attributes()))
                            .toList()))
            .toList();
    StringWriter csv = new StringWriter();
    csvWriter.write(export, csv);
    return csv.toString();
  }

  private void addVariant(Product product, VariantForm form, String reason) {
    ProductVariant variant = product.addVariant(form.sku());
    variant.describe(
        form.name() == null || form.name().isBlank()
            ? ProductVariant.nameFor(form.attributes())
            : form.name(),
        form.price() == null ? product.basePrice() : form.price(),
        form.lowStockThreshold() == null
            ? ProductVariant.DEFAULT_LOW_STOCK_THRESHOLD
            : form.lowStockThreshold(),
        form.attributes());
    em.persist(variant);
    int stock = form.stockQuantity() == null ? 0 : form.stockQuantity();
    variant
        .countAs(stock, MovementType.INITIAL, reason, TenantContext.user(), OffsetDateTime.now())
        .ifPresent(em::persist);
  }

  private void change(ProductVariant variant, VariantForm form, OffsetDateTime now) {
    if (form.sku() != null && !form.sku().strip().equals(variant.sku())) {
      throw new InvalidProductException(
          "A variant's SKU cannot change; remove it and add a new one");
    }
    Map<String, String> attributes =
        form.attributes() == null ? variant.attributes() : form.attributes();
    variant.describe(
        form.name() == null ? variant.name() : form.name(),
        form.price() == null ? variant.price() : form.price(),
        form.lowStockThreshold() == null ? variant.lowStockThreshold() : form.lowStockThreshold(),
        attributes);
    if (form.stockQuantity() != null) {
      StockStatus before = variant.status();
      variant
          .countAs(
              form.stockQuantity(), MovementType.ADJUSTMENT, "edited", TenantContext.user(), now)
          .ifPresent(em::persist);
      alerts.statusChanged(variant, before);
    }
  }

  private static void requireVariantFields(VariantForm variant) {
    if (variant.sku() == null || variant.sku().isBlank()) {
      throw new InvalidProductException("Every new variant needs a SKU");
    }
  }

  private void requireUnused(Set<String> skus) {
    if (!skus.isEmpty()) {
      products.variantsBySku(skus).keySet().stream()
          .findFirst()
          .ifPresent(
              sku -> {
                throw new DuplicateSkuException(sku);
              });
    }
  }

  private Product find(UUID id) {
    return products.product(id).orElseThrow(() -> new ProductNotFoundException("Product"));
  }

  private static ProductVariant variantOf(Product product, UUID variantId) {
    return product.activeVariants().stream()
        .filter(v -> v.id().equals(variantId))
        .findFirst()
        .orElseThrow(
            () -> new ProductNotFoundException("Variant " + variantId + " of this product"));
  }

  private static ProductView withoutVariants(ProductView view) {
    return new ProductView(
        view.id(),
        view.name(),
        view.description(),
        view.category(),
        view.basePrice(),
        view.currency(),
        view.status(),
        view.totalStock(),
        view.variantCount(),
        view.lowStock(),
        view.createdAt(),
        view.updatedAt(),
        null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
