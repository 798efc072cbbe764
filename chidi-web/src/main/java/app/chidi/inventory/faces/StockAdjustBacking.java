package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.MovementView;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.StockChange;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.inventory.entity.MovementType;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The stock dialog of {@code dashboard/inventory.xhtml} ({@code
 * dashboard/dialogs/stock-adjust.xhtml}): add or take away units of one variant, with a reason, and
 * see its recent movements.
 */
@Named
@ViewScoped
public class StockAdjustBacking implements Serializable {

  static final String FORM = "adjust";
  static final int RECENT = 10;

  @Inject Inventory inventory;
  @Inject HttpServletRequest request;

  private String productName;
  private List<VariantChoice> variants = List.of();
  private UUID variantId;
  private String direction = "add";
  private Integer quantity;
  private String reason;
  private String outcome;
  private transient List<MovementView> movements;

  /** A variant to pick, with its stock. */
  public record VariantChoice(UUID id, String label, int stock) implements Serializable {}

  /** Readies the dialog for {@code productId}, its first variant picked. */
  public void open(UUID productId) {
    ProductView product = inventory.product(productId);
    productName = product.name();
    variants = choices(product);
    variantId = variants.isEmpty() ? null : variants.get(0).id();
    movements = null;
    clear();
    outcome = null;
  }

  public void variantPicked() {
    movements = null;
    outcome = null;
  }

  public void save() {
    if (!Permissions.canChange(request)) {
      PageMessages.error(null, "Your role can look at the stock but not change it.");
    } else if (filled()) {
      adjust(direction.equals("remove") ? -quantity : quantity);
    }
  }

  private void adjust(int units) {
    try {
      StockChange change =
          inventory.adjustStock(variantId, units, reason.strip(), MovementType.ADJUSTMENT);
      outcome = change.previousStock() + " → " + change.newStock();
      variants =
          variants.stream().map(v -> v.id().equals(variantId) ? counted(v, change) : v).toList();
      movements = null;
      clear();
    } catch (BusinessException refusal) {
      PageMessages.error(FORM + ":quantity", refusal.getMessage());
    }
  }

  private boolean filled() {
    boolean filled = true;
    if (quantity == null || quantity < 1) {
      PageMessages.error(FORM + ":quantity", "Enter how many units, 1 or more");
      filled = false;
    }
    if (reason == null || reason.isBlank()) {
      PageMessages.error(FORM + ":reason", "Say why the stock changes, e.g. a delivery or a count");
      filled = false;
    } else if (reason.strip().length() > 255) {
      PageMessages.error(FORM + ":reason", "Keep the reason under 255 characters");
      filled = false;
    }
    return filled;
  }

  private void clear() {
    direction = "add";
    quantity = null;
    reason = null;
  }

  private static List<VariantChoice> choices(ProductView product) {
    return product.variants().stream()
        .map(v -> new VariantChoice(v.id(), label(v), v.stockQuantity()))
        .toList();
  }

  private static String label(VariantView variant) {
    return variant.name() + " · " + variant.sku();
  }

  private static VariantChoice counted(VariantChoice variant, StockChange change) {
    return new VariantChoice(variant.id(), variant.label(), change.newStock());
  }

  /** The picked variant's latest movements, newest first. */
  public List<MovementView> getMovements() {
    if (movements == null) {
      movements = variantId == null ? List.of() : inventory.movements(variantId, RECENT);
    }
    return movements;
  }

  /** What a movement was, in words. */
  public String kind(MovementView movement) {
    return switch (movement.type()) {
      case "initial" -> "First count";
      case "adjustment" -> "Adjusted";
      case "import" -> "Imported";
      case "chat" -> "Changed in chat";
      case "sale" -> "Sold";
      default -> movement.type();
    };
  }

  /** A movement's quantity with its sign: +6, −2. */
  public String units(MovementView movement) {
    return movement.quantity() > 0 ? "+" + movement.quantity() : "−" + -movement.quantity();
  }

  public String when(MovementView movement) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return movement.createdAt().format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale));
  }

  /** The picked variant's stock now. */
  public int getStock() {
    return variants.stream()
        .filter(v -> v.id().equals(variantId))
        .mapToInt(VariantChoice::stock)
        .findFirst()
        .orElse(0);
  }

  public String getProductName() {
    return productName;
  }

  public List<VariantChoice> getVariants() {
    return variants;
  }

  /** The picked variant's id, as text: Faces 4.0 has no UUID converter (4.1 adds one). */
  public String getVariant() {
    return variantId == null ? null : variantId.toString();
  }

  public void setVariant(String variant) {
    this.variantId = variant == null || variant.isBlank() ? null : UUID.fromString(variant);
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** "4 → 10" after a saved adjustment, else null. */
  public String getOutcome() {
    return outcome;
  }
}
