package app.chidi.assistant.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a condition compares a fact with its value. */
enum Operator {
  EQ("is"),
  NEQ("is not"),
  GT("is more than"),
  GTE("is at least"),
  LT("is less than"),
  LTE("is at most"),
  IN("is one of"),
  NOT_IN("is none of"),
  CONTAINS("contains");

  final String words;

  Operator(String words) {
    this.words = words;
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the value is a list of candidates rather than one value. */
  boolean takesList() {
    return this == IN || this == NOT_IN;
  }

  static Optional<Operator> of(String key) {
    return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
  }
}
