package app.chidi.inventory.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A variant as a form or request gives it. Creating, every field but {@code id} matters ({@code
 * price} defaults to the product's base price); changing, {@code id} names the variant and absent
 * fields stay as they are.
 *
 * @param stockQuantity the counted stock; a change is recorded as a movement
 */
public record VariantForm(
    UUID id,
    @Size(max = 255) String name,
    @Size(max = 100) @Pattern(regexp = "\\S+", message = "must not contain spaces") String sku,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @Min(0) @Max(1_000_000_000) Integer stockQuantity,
    @Min(0) @Max(1_000_000_000) Integer lowStockThreshold,
    @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @Size(max = 100) String> attributes) {}
