package app.chidi.inventory.boundary;

/**
 * Why one row of an import could not be used.
 *
 * @param row the line as a spreadsheet shows it (the header is row 1)
 * @param column the CSV header of the offending cell, or {@code null} for the whole row
 */
public record ImportError(int row, String column, String error) {}
