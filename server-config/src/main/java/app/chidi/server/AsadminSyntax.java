package app.chidi.server;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How values travel through a Payara Micro command file. Payara splits each line at white space,
 * treats quotes specially and expands {@code ${...}} before asadmin parses the options; asadmin
 * then splits {@code --property} at {@code :} and {@code =} unless they are escaped.
 */
final class AsadminSyntax {

  private AsadminSyntax() {}

  /** {@code name=value:name=value}, each value checked and escaped. */
  static String properties(Map<String, String> properties) {
    properties.forEach((name, value) -> requireCarriable("value of " + name, value));
    return properties.entrySet().stream()
        .map(property -> property.getKey() + "=" + escape(property.getValue()))
        .collect(Collectors.joining(":"));
  }

  /** A backslash before each {@code \}, {@code :} and {@code =}. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
  }

  /** Rejects what no escaping can carry: empty values, white space, quotes and {@code ${}. */
  static void requireCarriable(String what, String value) {
    if (value.isEmpty() || value.matches("(?s).*[\\s\"'].*") || value.contains("${")) {
      throw new IllegalArgumentException(
          "The " + what + " must not be empty or contain white space, quotes or \"${\"");
    }
  }
}
