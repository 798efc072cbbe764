package app.chidi.inventory.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a tree of records the way JSON-B writes it: each record component is a property, lists are
 * arrays and maps are objects whose keys are properties too.
 */
final class RecordTree {

  private static final Set<Class<?>> INTEGER_TYPES =
      Set.of(
          int.class,
          long.class,
          short.class,
          byte.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          BigInteger.class);

  private RecordTree() {}

  static boolean namesStock(String property) {
    String lower = property.toLowerCase(Locale.ROOT);
    return lower.contains("quantity") || lower.contains("threshold");
  }

  static boolean isInteger(Object value) {
    return value != null && INTEGER_TYPES.contains(value.getClass());
  }

  /**
   * Collects the property names of every record type reachable from the given one, failing on any
   * integer-typed component.
   *
   * @return the record types reached
   */
  static Set<Class<?>> walkTypes(Type type, List<String> properties) {
    Set<Class<?>> records = new LinkedHashSet<>();
    walkTypes(type, properties, records);
    return records;
  }

  /** Collects the property names and the leaf values of a record tree. */
  static void walk(Object value, List<String> properties, List<Object> values) {
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        properties.add(component.getName());
        walk(read(component, record), properties, values);
      }
    } else if (value instanceof Collection<?> elements) {
      elements.forEach(element -> walk(element, properties, values));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, element) -> {
            properties.add(String.valueOf(key));
            walk(element, properties, values);
          });
    } else {
      values.add(value);
    }
  }

  private static void walkTypes(Type type, List<String> properties, Set<Class<?>> records) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        walkTypes(argument, properties, records);
      }
    } else if (type instanceof Class<?> kind) {
      if (INTEGER_TYPES.contains(kind)) {
        throw new AssertionError(
            "integer-typed property: " + properties.get(properties.size() - 1));
      }
      if (kind.isRecord() && records.add(kind)) {
        for (RecordComponent component : kind.getRecordComponents()) {
          properties.add(component.getName());
          walkTypes(component.getGenericType(), properties, records);
        }
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
