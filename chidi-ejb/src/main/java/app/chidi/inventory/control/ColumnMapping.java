package app.chidi.inventory.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which catalogue field or variant attribute each CSV column fills.
 *
 * @param targets CSV header to target, in header order. A target is a {@link CatalogueField#key()}
 *     or {@code attr:<name>}; targets are stored trimmed and lower-case. A header mapped to the
 *     empty string (or to {@code "ignore"}) is ignored, and so is a header absent from the map.
 *     {@link #auto(List)} lists every header, so that {@link #withOverrides(Map)} can tell a header
 *     of the file from an unknown one.
 * @throws CatalogueFileException {@code inventory/import-invalid-mapping} when a target is unknown
 *     or two headers share one
 */
public record ColumnMapping(Map<String, String> targets) {

  public ColumnMapping {
    targets = canonical(targets);
  }

  /**
   * Maps each header to its usual target (see {@link HeaderSynonyms}). When several headers have
   * the same usual target, the first one gets it and the others are ignored.
   */
  public static ColumnMapping auto(List<String> headers) {
    var targets = new LinkedHashMap<String, String>();
    var used = new HashSet<String>();
    for (var header : headers) {
      targets.put(
          header, HeaderSynonyms.targetFor(header).filter(used::add).orElse(MappingTarget.IGNORE));
    }
    return new ColumnMapping(targets);
  }

  /**
   * This mapping with the user's choices applied: each override replaces the target of its header
   * ({@code ""} or {@code "ignore"} to ignore the column). A target chosen in an override is taken
   * away from any header that is not overridden.
   *
   * @throws CatalogueFileException {@code inventory/import-invalid-mapping} for a header this
   *     mapping does not know, an unknown target, or one target chosen for two headers
   */
  public ColumnMapping withOverrides(Map<String, String> overrides) {
    var chosen = new HashMap<String, String>();
    overrides.forEach(
        (header, target) -> {
          if (!targets.containsKey(header)) {
            throw new CatalogueFileException(
                CatalogueFileException.INVALID_MAPPING, "The file has no column '" + header + "'");
          }
          chosen.put(header, MappingTarget.canonical(target));
        });
    var taken = Set.copyOf(chosen.values());
    var merged = new LinkedHashMap<String, String>();
    targets.forEach(
        (header, target) ->
            merged.put(
                header,
                chosen.getOrDefault(
                    header, taken.contains(target) ? MappingTarget.IGNORE : target)));
    return new ColumnMapping(merged);
  }

  /**
   * The required fields no column is mapped to, among {@code name}, {@code sku} and {@code price}
   * ({@code price} is satisfied by {@code base_price} too).
   */
  public List<String> missingRequired() {
    var mapped = Set.copyOf(targets.values());
    var missing = new ArrayList<String>();
    for (var required : List.of(CatalogueField.NAME, CatalogueField.SKU)) {
      if (!mapped.contains(required.key())) {
        missing.add(required.key());
      }
    }
    if (!mapped.contains(CatalogueField.PRICE.key())
        && !mapped.contains(CatalogueField.BASE_PRICE.key())) {
      missing.add(CatalogueField.PRICE.key());
    }
    return List.copyOf(missing);
  }

  private static Map<String, String> canonical(Map<String, String> targets) {
    var canonical = new LinkedHashMap<String, String>();
    var headerByTarget = new HashMap<String, String>();
    targets.forEach(
        (header, target) -> {
          var wanted = MappingTarget.canonical(target);
          var other = wanted.isEmpty() ? null : headerByTarget.putIfAbsent(wanted, header);
          if (other != null) {
            throw new CatalogueFileException(
                CatalogueFileException.INVALID_MAPPING,
                "The columns '" + other + "' and '" + header + "' are both mapped to " + wanted);
          }
          canonical.put(header, wanted);
        });
    return Collections.unmodifiableMap(canonical);
  }
}
