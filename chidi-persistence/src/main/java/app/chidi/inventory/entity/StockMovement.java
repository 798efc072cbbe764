package app.chidi.inventory.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One change of one variant's stock: who, why, and the level before and after. Append-only. */
@Entity
@Table(name = "stock_movements")
@NamedQuery(
    name = "StockMovement.findByVariant",
    query =
        "select m from StockMovement m where m.variantId = :variantId"
            + " order by m.createdAt desc, m.id")
public class StockMovement {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "variant_id", nullable = false)
  private UUID variantId;

  @Column(name = "user_id")
  @Convert(converter = NullableUuid.class)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "movement_type", nullable = false, length = 20)
  private MovementType type;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "previous_stock", nullable = false)
  private int previousStock;

  @Column(name = "new_stock", nullable = false)
  private int newStock;

  @Column(length = 255)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected StockMovement() {}

  StockMovement(
      ProductVariant variant,
      MovementType type,
      int previousStock,
      int newStock,
      String reason,
      UUID userId,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.businessId = variant.businessId();
    this.variantId = variant.id();
    this.type = Objects.requireNonNull(type);
    this.previousStock = previousStock;
    this.newStock = newStock;
    this.quantity = newStock - previousStock;
    this.reason = reason;
    this.userId = userId;
    this.createdAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public UUID variantId() {
    return variantId;
  }

  public UUID userId() {
    return userId;
  }

  public MovementType type() {
    return type;
  }

  public int quantity() {
    return quantity;
  }

  public int previousStock() {
    return previousStock;
  }

  public int newStock() {
    return newStock;
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
