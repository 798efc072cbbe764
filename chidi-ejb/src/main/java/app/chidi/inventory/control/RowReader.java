package app.chidi.inventory.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the mapped cells of one row and notes every problem, so that a shop owner sees all that is
 * wrong with a row at once. Each reading method returns {@code null} for an empty, unmapped or
 * invalid cell.
 */
final class RowReader {

  static final int MAX_ATTRIBUTE_LENGTH = 100;

  private static final Set<String> STATUSES = Set.of("active", "inactive", "archived");

  private record Problem(int column, String error) {}

  private final CsvRow row;
  private final MappedColumns columns;
  private final boolean decimalComma;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param decimalComma whether prices may use a comma as the decimal point
   */
  RowReader(CsvRow row, MappedColumns columns, boolean decimalComma) {
    this.row = row;
    this.columns = columns;
    this.decimalComma = decimalComma;
    if (row.cells().size() > columns.headers().size()) {
      problem(
          MappedColumns.WHOLE_ROW,
          "row has "
              + row.cells().size()
              + " cells but the header has "
              + columns.headers().size());
    }
  }

  int row() {
    return row.row();
  }

  boolean mapped(CatalogueField field) {
    return columns.column(field) != MappedColumns.WHOLE_ROW;
  }

  /** Whether the field's cell is empty or the field has no column. */
  boolean blank(CatalogueField field) {
    return cell(columns.column(field)).isEmpty();
  }

  String text(CatalogueField field, int maxLength) {
    var column = columns.column(field);
    return checkedLength(column, cell(column), maxLength, field.key());
  }

  String required(CatalogueField field, int maxLength) {
    if (blank(field)) {
      problem(field, field.key() + " is required");
    }
    return text(field, maxLength);
  }

  BigDecimal price(CatalogueField field) {
    return blank(field) ? null : valueOf(field, CellFormats.price(cell(field), decimalComma));
  }

  Integer count(CatalogueField field) {
    return blank(field) ? null : valueOf(field, CellFormats.count(cell(field)));
  }

  /** {@code active} (the default), {@code inactive} or {@code archived}. */
  String status() {
    var status = cell(CatalogueField.STATUS).toLowerCase(Locale.ROOT);
    if (status.isEmpty()) {
      return "active";
    }
    if (!STATUSES.contains(status)) {
      problem(
          CatalogueField.STATUS,
          "status must be active, inactive or archived, not "
              + CellFormats.quoted(cell(CatalogueField.STATUS)));
    }
    return status;
  }

  /** The non-empty attribute cells, by attribute name. */
  Map<String, String> attributes() {
    var attributes = new TreeMap<String, String>();
    columns
        .attributes()
        .forEach(
            (name, column) -> {
              var value = checkedLength(column, cell(column), MAX_ATTRIBUTE_LENGTH, name);
              if (value != null) {
                attributes.put(name, value);
              }
            });
    return attributes;
  }

  /** Notes a problem on the field's column, or on the whole row when it has no column. */
  void problem(CatalogueField field, String error) {
    problem(columns.column(field), error);
  }

  boolean valid() {
    return problems.isEmpty();
  }

  /** The problems noted, by column (whole-row problems first). */
  List<RowError> errors() {
    return problems.stream()
        .sorted(Comparator.comparingInt(Problem::column))
        .map(p -> new RowError(row.row(), columns.header(p.column()), p.error()))
        .toList();
  }

  private String checkedLength(int column, String value, int maxLength, String what) {
    if (value.isEmpty()) {
      return null;
    }
    var length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      problem(column, what + " is " + length + " characters long; at most " + maxLength + " fit");
      return null;
    }
    return value;
  }

  private <T> T valueOf(CatalogueField field, CellValue<T> value) {
    if (!value.valid()) {
      problem(field, value.problem());
    }
    return value.value();
  }

  private String cell(CatalogueField field) {
    return cell(columns.column(field));
  }

  private String cell(int column) {
    return column == MappedColumns.WHOLE_ROW ? "" : row.cell(column);
  }

  private void problem(int column, String error) {
    problems.add(new Problem(column, error));
  }
}
