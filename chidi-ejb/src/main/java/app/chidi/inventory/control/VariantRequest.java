package app.chidi.inventory.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The variants a question asks for. A question term equal to a word of one of the product's
 * attribute values ("blue", "m") constrains that attribute to the values that hold the most such
 * terms: "light blue" picks "Light Blue" over "Blue", while "blue or red" keeps both. A variant is
 * requested when it meets every constrained attribute.
 *
 * @param wanted per constrained attribute, the values asked for
 */
record VariantRequest(Map<String, Set<String>> wanted) {

  static VariantRequest of(CatalogueEntry entry, QueryTerms query) {
    Map<String, Set<String>> wanted = new HashMap<>();
    entry.variants().stream()
        .flatMap(variant -> variant.attributes().keySet().stream())
        .distinct()
        .forEach(key -> wanted.put(key, bestValues(entry, key, query)));
    wanted.values().removeIf(Set::isEmpty);
    return new VariantRequest(Map.copyOf(wanted));
  }

  /** Whether the question names any attribute of the product. */
  boolean constrains() {
    return !wanted.isEmpty();
  }

  /** The variants asked for, or all of them when the question names no attribute. */
  List<VariantEntry> considered(CatalogueEntry entry) {
    return constrains()
        ? entry.variants().stream().filter(this::requests).toList()
        : entry.variants();
  }

  boolean requests(VariantEntry variant) {
    return constrains()
        && wanted.entrySet().stream()
            .allMatch(want -> has(variant, want.getKey(), want.getValue()));
  }

  private static boolean has(VariantEntry variant, String key, Set<String> values) {
    String value = variant.attributes().get(key);
    return value != null && values.contains(value);
  }

  private static Set<String> bestValues(CatalogueEntry entry, String key, QueryTerms query) {
    Map<String, Long> hits =
        entry.variants().stream()
            .map(variant -> variant.attributes().get(key))
            .filter(Objects::nonNull)
            .distinct()
            .collect(
                Collectors.toMap(Function.identity(), value -> query.shared(QueryTerms.of(value))));
    long most = hits.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return hits.entrySet().stream()
        .filter(hit -> most > 0 && hit.getValue() == most)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
