package app.chidi.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One sellable form of a product — "Summer Dress, M, Blue" — with its own SKU, price and stock. Its
 * stock changes only through {@link #adjustBy} and {@link #countAs}, each of which returns the
 * movement to record, so no change goes unaudited.
 */
@Entity
@Table(name = "product_variants")
@NamedQuery(
    name = "ProductVariant.findBySkus",
    query = "select v from ProductVariant v where v.sku in :skus and v.removedAt is null")
public class ProductVariant {

  public static final int MAX_STOCK = 1_000_000_000;
  public static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;
  private static final List<String> NAME_ORDER = List.of("size", "colour");

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id", nullable = false)
  private Product product;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 100)
  private String sku;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(name = "stock_quantity", nullable = false)
  private int stockQuantity;

  @Column(name = "low_stock_threshold", nullable = false)
  private int lowStockThreshold;

  @Convert(converter = VariantAttributes.class)
  @Column(nullable = false)
  private Map<String, String> attributes;

  @Column(nullable = false)
  private int position;

  @Column(name = "removed_at")
  private OffsetDateTime removedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ProductVariant() {}

  /**
   * The name of a variant that was given none: its attribute values, size first, then colour, then
   * the rest by name ("M / Blue / Silk"); "Default" when it has no attributes.
   */
  public static String nameFor(Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return "Default";
    }
    return attributes.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .sorted(
            Comparator.comparing(
                    (Map.Entry<String, String> e) -> NAME_ORDER.indexOf(e.getKey()) < 0)
                .thenComparing(e -> NAME_ORDER.indexOf(e.getKey()))
                .thenComparing(Map.Entry::getKey))
        .map(e -> e.getValue().strip())
        .reduce((a, b) -> a + " / " + b)
        .orElse("Default");
  }

  ProductVariant(Product product, int position, String sku, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.product = Objects.requireNonNull(product);
    this.businessId = product.businessId();
    this.position = position;
    this.sku = Objects.requireNonNull(sku).strip();
    this.attributes = Map.of();
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Sets what the variant is and costs; stock is changed separately, with a movement. */
  public void describe(
      String name, BigDecimal price, int lowStockThreshold, Map<String, String> attributes) {
    if (price.signum() < 0 || lowStockThreshold < 0) {
      throw new IllegalArgumentException("price and threshold cannot be negative");
    }
    this.name = Objects.requireNonNull(name).strip();
    this.price = price;
    this.lowStockThreshold = lowStockThreshold;
    this.attributes = VariantAttributes.normalise(attributes);
    this.updatedAt = OffsetDateTime.now();
    product.touch();
  }

  /** Whether adding {@code delta} (negative to take away) keeps stock within 0..MAX_STOCK. */
  public boolean canAdjustBy(int delta) {
    long result = (long) stockQuantity + delta;
    return result >= 0 && result <= MAX_STOCK;
  }

  /**
   * Adds {@code delta} units (negative to take away).
   *
   * @throws IllegalArgumentException when stock would leave 0..MAX_STOCK; check {@link
   *     #canAdjustBy} first
   */
  public StockMovement adjustBy(
      int delta, MovementType type, String reason, UUID userId, OffsetDateTime at) {
    if (!canAdjustBy(delta)) {
      throw new IllegalArgumentException("stock would leave 0.." + MAX_STOCK);
    }
    return moveTo(stockQuantity + delta, type, reason, userId, at);
  }

  /** Sets the counted stock, as an import does; no movement when nothing changed. */
  public Optional<StockMovement> countAs(
      int counted, MovementType type, String reason, UUID userId, OffsetDateTime at) {
    if (counted < 0 || counted > MAX_STOCK) {
      throw new IllegalArgumentException("stock must be within 0.." + MAX_STOCK);
    }
    if (counted == stockQuantity) {
      return Optional.empty();
    }
    return Optional.of(moveTo(counted, type, reason, userId, at));
  }

  private StockMovement moveTo(
      int newStock, MovementType type, String reason, UUID userId, OffsetDateTime at) {
    StockMovement movement =
        new StockMovement(this, type, stockQuantity, newStock, reason, userId, at);
    stockQuantity = newStock;
    updatedAt = at;
    return movement;
  }

  /** Takes the variant off sale; its history stays and its SKU may be used again. */
  public void remove(OffsetDateTime at) {
    if (removedAt == null) {
      removedAt = at;
      updatedAt = at;
      product.touch();
    }
  }

  public boolean removed() {
    return removedAt != null;
  }

  public StockStatus status() {
    return StockStatus.of(stockQuantity, lowStockThreshold);
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public Product product() {
    return product;
  }

  public String name() {
    return name;
  }

  public String sku() {
    return sku;
  }

  public BigDecimal price() {
    return price;
  }

  public int stockQuantity() {
    return stockQuantity;
  }

  public int lowStockThreshold() {
    return lowStockThreshold;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public int position() {
    return position;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
