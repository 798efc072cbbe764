package app.chidi.inventory.control;

import java.util.List;

/**
 * A CSV file as read by {@link CatalogueCsv}: its delimiter, its header names (trimmed, unique
 * ignoring case) and its non-blank data records in file order.
 */
public record CsvTable(char delimiter, List<String> headers, List<CsvRow> rows) {

  public CsvTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
