package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.StockMovement;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** One line of a variant's stock history. */
public record MovementView(
    UUID id,
    String type,
    int quantity,
    int previousStock,
    int newStock,
    String reason,
    UUID userId,
    OffsetDateTime createdAt) {

  static MovementView of(StockMovement movement) {
    return new MovementView(
        movement.id(),
        movement.type().name().toLowerCase(Locale.ROOT),
        movement.quantity(),
        movement.previousStock(),
        movement.newStock(),
        movement.reason(),
        movement.userId(),
        movement.createdAt());
  }
}
