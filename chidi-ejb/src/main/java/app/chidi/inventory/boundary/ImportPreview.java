package app.chidi.inventory.boundary;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, without doing it.
 *
 * @param delimiter the separator found in the file
 * @param columns the file's headers, in order
 * @param mapping header to target field ({@code name}, {@code sku}, {@code attr:size}, …); headers
 *     left out are ignored
 * @param missingColumns required fields no column maps to; rows are only checked once it is empty
 * @param rows the first rows, each with what would happen to it
 * @param errors every row error (up to a limit), in row order
 */
public record ImportPreview(
    String delimiter,
    List<String> columns,
    Map<String, String> mapping,
    List<String> missingColumns,
    int totalRows,
    int toCreate,
    int toUpdate,
    int failed,
    List<PreviewRow> rows,
    List<ImportError> errors) {

  /**
   * @param action {@code create}, {@code update} or {@code error}
   */
  public record PreviewRow(
      int row, String product, String sku, String action, List<ImportError> errors) {}
}
