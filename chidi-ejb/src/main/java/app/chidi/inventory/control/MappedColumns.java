package app.chidi.inventory.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The position in a file's rows of each mapped field and attribute.
 *
 * @param attributes attribute name to column, sorted by name
 */
record MappedColumns(
    List<String> headers,
    Map<CatalogueField, Integer> fields,
    SortedMap<String, Integer> attributes) {

  static final int WHOLE_ROW = -1;

  /**
   * @throws CatalogueFileException {@code inventory/import-invalid-mapping} when the mapping names
   *     a header the file does not have
   */
  static MappedColumns of(List<String> headers, ColumnMapping mapping) {
    var fields = new EnumMap<CatalogueField, Integer>(CatalogueField.class);
    var attributes = new TreeMap<String, Integer>();
    mapping
        .targets()
        .forEach(
            (header, target) -> {
              if (MappingTarget.isAttribute(target)) {
                attributes.put(MappingTarget.attributeName(target), position(headers, header));
              } else if (!target.isEmpty()) {
                fields.put(CatalogueField.byKey(target).orElseThrow(), position(headers, header));
              }
            });
    return new MappedColumns(
        List.copyOf(headers),
        Collections.unmodifiableMap(fields),
        Collections.unmodifiableSortedMap(attributes));
  }

  /** The column of a field, or {@link #WHOLE_ROW} when no column is mapped to it. */
  int column(CatalogueField field) {
    return fields.getOrDefault(field, WHOLE_ROW);
  }

  private static int position(List<String> headers, String header) {
    var column = headers.indexOf(header);
    if (column < 0) {
      throw new CatalogueFileException(
          CatalogueFileException.INVALID_MAPPING, "The file has no column '" + header + "'");
    }
    return column;
  }

  /** The header of a column, or {@code null} for {@link #WHOLE_ROW}. */
  String header(int column) {
    return column == WHOLE_ROW ? null : headers.get(column);
  }
}
