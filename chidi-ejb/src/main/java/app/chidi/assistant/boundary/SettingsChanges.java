package app.chidi.assistant.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** Changes to the settings; a field left out stays as it is. */
public record SettingsChanges(
    @DecimalMin(value = "0.5", message = "must be from 0.5 to 0.99")
        @DecimalMax(value = "0.99", message = "must be from 0.5 to 0.99")
        @Digits(integer = 1, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal confidenceThreshold) {}
