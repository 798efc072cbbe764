package app.chidi.inventory.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Something the business sells, with one or more {@link ProductVariant variants}. The product keeps
 * its own search text current: every change of a name, category, SKU or attribute refreshes it.
 */
@Entity
@Table(name = "products")
@NamedQuery(
    name = "Product.findAllForExport",
    query = "select p from Product p where p.status <> :archived order by p.createdAt, p.id")
public class Product {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(nullable = false)
  private String name;

  @Column private String description;

  @Column(length = 100)
  private String category;

  @Column(name = "base_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal basePrice;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProductStatus status;

  @Column(name = "search_text", nullable = false)
  private String searchText;

  @Version private int version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "product", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<ProductVariant> variants = new ArrayList<>();

  protected Product() {}

  public Product(UUID businessId, String currency, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.currency = Objects.requireNonNull(currency);
    this.status = ProductStatus.ACTIVE;
    this.basePrice = BigDecimal.ZERO;
    this.searchText = "";
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Sets what the product is; blank description and category are stored as absent. */
  public void describe(String name, String description, String category, BigDecimal basePrice) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a product needs a name");
    }
    if (basePrice.signum() < 0) {
      throw new IllegalArgumentException("price cannot be negative");
    }
    this.name = name.strip();
    this.description = blankToNull(description);
    this.category = blankToNull(category);
    this.basePrice = basePrice;
    touch();
  }

  /** Adds a variant with no stock; describe it, then count its stock with a movement. */
  public ProductVariant addVariant(String sku) {
    int position = variants.stream().mapToInt(ProductVariant::position).max().orElse(-1) + 1;
    ProductVariant variant = new ProductVariant(this, position, sku, OffsetDateTime.now());
    variants.add(variant);
    touch();
    return variant;
  }

  public void changeStatus(ProductStatus status) {
    this.status = Objects.requireNonNull(status);
    touch();
  }

  /** Archiving hides the product everywhere but keeps it, and its stock history, on record. */
  public void archive() {
    changeStatus(ProductStatus.ARCHIVED);
  }

  /** The variants on sale, in the order they were added. */
  public List<ProductVariant> activeVariants() {
    return variants.stream().filter(v -> !v.removed()).toList();
  }

  public int totalStock() {
    return activeVariants().stream().mapToInt(ProductVariant::stockQuantity).sum();
  }

  /** Records a change and refreshes the search text: its distinct words, searchable. */
  void touch() {
    updatedAt = OffsetDateTime.now();
    searchText =
        Stream.concat(
                Stream.of(name, description, category),
                activeVariants().stream()
                    .flatMap(
                        v ->
                            Stream.concat(
                                Stream.of(v.sku(), v.name()), v.attributes().values().stream())))
            .filter(Objects::nonNull)
            .map(Product::searchable)
            .flatMap(WHITESPACE::splitAsStream)
            .filter(word -> !word.isEmpty())
            .distinct()
            .collect(Collectors.joining(" "));
  }

  /**
   * Text as the search text holds it: lower case, accents dropped ("Àṣọ" reads "aso"), so a search
   * written either way finds it. Searches must pass their words through this too.
   */
  public static String searchable(String text) {
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String category() {
    return category;
  }

  public BigDecimal basePrice() {
    return basePrice;
  }

  public String currency() {
    return currency;
  }

  public ProductStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
