package app.chidi.inventory.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A variant's attributes (size, colour, material, …) as a JSON object, keys in sorted order. The
 * column side is {@code Object}: PostgreSQL's driver reads {@code jsonb} as a {@code PGobject},
 * whose text is the JSON.
 */
@Converter
public class VariantAttributes implements AttributeConverter<Map<String, String>, Object> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public Object convertToDatabaseColumn(Map<String, String> attributes) {
    return JSON.toJson(attributes == null ? Map.of() : new TreeMap<>(attributes));
  }

  @Override
  public Map<String, String> convertToEntityAttribute(Object column) {
    String json = column == null ? "" : column.toString();
    if (json.isBlank()) {
      return Map.of();
    }
    SortedMap<String, String> attributes = new TreeMap<>();
    JSON.fromJson(json, Map.class)
        .forEach((key, value) -> attributes.put(String.valueOf(key), String.valueOf(value)));
    return Collections.unmodifiableSortedMap(attributes);
  }

  /** A sorted, unmodifiable copy without blank keys or values. */
  static Map<String, String> normalise(Map<String, String> attributes) {
    SortedMap<String, String> copy = new TreeMap<>();
    if (attributes != null) {
      attributes.forEach(
          (key, value) -> {
            if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
              copy.put(key.strip(), value.strip());
            }
          });
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
