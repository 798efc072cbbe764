package app.chidi.inventory.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a CSV column can be mapped to: a {@link CatalogueField#key()}, or {@code attr:<name>} for a
 * variant attribute such as {@code attr:size}. The empty string means the column is ignored.
 */
final class MappingTarget {

  static final String IGNORE = "";
  static final String ATTRIBUTE_PREFIX = "attr:";

  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9_ ]{1,40}");

  private MappingTarget() {}

  /**
   * The canonical spelling of a target: trimmed and lower-case; {@code "ignore"} and blank become
   * {@link #IGNORE}.
   *
   * @throws CatalogueFileException when it is neither a field key nor a valid attribute target
   */
  static String canonical(String target) {
    var wanted = target == null ? IGNORE : target.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty() || wanted.equals("ignore")) {
      return IGNORE;
    }
    if (wanted.startsWith(ATTRIBUTE_PREFIX)) {
      return attribute(wanted.substring(ATTRIBUTE_PREFIX.length()))
          .orElseThrow(() -> unknown(target));
    }
    return CatalogueField.byKey(wanted).map(CatalogueField::key).orElseThrow(() -> unknown(target));
  }

  /** {@code attr:<name>} when the name, trimmed, is 1 to 40 of a-z, 0-9, underscore or space. */
  static Optional<String> attribute(String name) {
    var trimmed = name.strip();
    return ATTRIBUTE_NAME.matcher(trimmed).matches()
        ? Optional.of(ATTRIBUTE_PREFIX + trimmed)
        : Optional.empty();
  }

  static boolean isAttribute(String target) {
    return target.startsWith(ATTRIBUTE_PREFIX);
  }

  static String attributeName(String target) {
    return target.substring(ATTRIBUTE_PREFIX.length());
  }

  private static CatalogueFileException unknown(String target) {
    return new CatalogueFileException(
        CatalogueFileException.INVALID_MAPPING,
        "'"
            + target
            + "' is not something a column can be mapped to: use a catalogue field such as"
            + " name, sku or price, attr:<name> for a variant attribute, or ignore");
  }
}
