package app.chidi.inventory.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The outcome of one stock adjustment. */
public record StockChange(
    UUID variantId, int previousStock, int newStock, int adjustment, OffsetDateTime timestamp) {}
