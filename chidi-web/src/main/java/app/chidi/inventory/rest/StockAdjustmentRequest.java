package app.chidi.inventory.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** {@code POST /api/inventory/stock/adjust}: add (or, negative, take away) units of a variant. */
public record StockAdjustmentRequest(
    @NotNull UUID variantId,
    @NotNull @Min(-1_000_000_000) @Max(1_000_000_000) Integer adjustment,
    @NotBlank @Size(max = 255) String reason) {}
