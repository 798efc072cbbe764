package app.chidi.inventory.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the rows of a catalogue file into products and variants, or into row errors. Rows with the
 * same handle, or else the same name (ignoring case and repeated spaces), become the variants of
 * one product. A row with any error is left out, and all of its errors are reported.
 */
@ApplicationScoped
public class ImportRowParser {

  /**
   * @throws CatalogueFileException {@code inventory/import-missing-columns} when no column is
   *     mapped to a required field, {@code inventory/import-invalid-mapping} when the mapping names
   *     a header the file does not have
   */
  public ImportPlan plan(CsvTable table, ColumnMapping mapping) {
    requireColumns(mapping);
    var columns = MappedColumns.of(table.headers(), mapping);
    var grouping = new ProductGrouping();
    var firstRowBySku = new HashMap<String, Integer>();
    var errors = new ArrayList<RowError>();
    for (var row : table.rows()) {
      var cells = new RowReader(row, columns, table.delimiter() == ';');
      var read = CatalogueRow.read(cells, grouping::product);
      checkUnique(cells, read.variant().sku(), firstRowBySku);
      if (cells.valid()) {
        grouping.add(row.row(), read);
      } else {
        errors.addAll(cells.errors());
      }
    }
    return new ImportPlan(table.rows().size(), grouping.groups(), errors);
  }

  private static void requireColumns(ColumnMapping mapping) {
    var missing = mapping.missingRequired();
    if (!missing.isEmpty()) {
      throw new CatalogueFileException(
          CatalogueFileException.MISSING_COLUMNS,
          "No column is mapped to these required fields: " + String.join(", ", missing));
    }
  }

  private static void checkUnique(RowReader cells, String sku, Map<String, Integer> firstRowBySku) {
    if (sku == null) {
      return;
    }
    var first = firstRowBySku.putIfAbsent(sku, cells.row());
    if (first != null) {
      cells.problem(CatalogueField.SKU, "SKU '" + sku + "' already appears on row " + first);
    }
  }
}
