package app.chidi.inventory.control;

import java.math.BigDecimal;

/**
 * A product as read from a catalogue file, already validated.
 *
 * @param handle the file's product key, or {@code null} when the file has none
 * @param description {@code null} when empty
 * @param category {@code null} when empty
 * @param basePrice with two decimals
 * @param status {@code active}, {@code inactive} or {@code archived}
 */
public record ProductDraft(
    String handle,
    String name,
    String description,
    String category,
    BigDecimal basePrice,
    String status) {}
