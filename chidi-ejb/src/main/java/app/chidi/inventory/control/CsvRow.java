package app.chidi.inventory.control;

import java.util.List;

/**
 * One data record of a CSV file, its cells trimmed.
 *
 * @param row the row number a spreadsheet shows for this record: the header is row 1, so the first
 *     data record is row 2. It is the parser's record number ({@code CSVRecord.getRecordNumber()},
 *     which counts the header as record 1 and every blank line as a record), so a quoted value that
 *     spans several lines still counts as one row, and blank lines still take up a row number.
 * @param cells at least as many cells as the header has names (missing ones are empty); more when
 *     the record has extra non-empty cells
 */
public record CsvRow(int row, List<String> cells) {

  public CsvRow {
    cells = List.copyOf(cells);
  }

  /** The cell at this column, or an empty string when the record has no such cell. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }
}
