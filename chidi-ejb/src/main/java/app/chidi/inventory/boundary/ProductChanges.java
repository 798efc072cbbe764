package app.chidi.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A partial update: absent fields stay as they are; an empty description or category clears it.
 *
 * @param variants variants to change (with {@code id}) or add (without)
 * @param removeVariants ids of variants to take off sale
 */
public record ProductChanges(
    @Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
    @Size(max = 5000) String description,
    @Size(max = 100) String category,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal basePrice,
    @Pattern(regexp = "active|inactive|archived", message = "must be active, inactive or archived")
        String status,
    @Size(max = 100) List<@NotNull @Valid VariantForm> variants,
    @Size(max = 100) List<@NotNull UUID> removeVariants) {}
