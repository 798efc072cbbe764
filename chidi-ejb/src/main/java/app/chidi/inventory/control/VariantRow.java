package app.chidi.inventory.control;

/** A variant and the file row it came from. */
public record VariantRow(int row, VariantDraft variant) {}
