package app.chidi.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A new product with at least one variant. */
public record ProductForm(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 5000) String description,
    @Size(max = 100) String category,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal basePrice,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid VariantForm> variants) {}
