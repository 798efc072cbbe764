package app.chidi.inventory.control;

/**
 * Why a row of a catalogue file cannot be imported.
 *
 * @param row the row number as a spreadsheet shows it (see {@link CsvRow#row()})
 * @param column the CSV header of the offending cell, or {@code null} when the whole row is wrong
 * @param error what is wrong, in plain words
 */
public record RowError(int row, String column, String error) {}
