package app.chidi.inventory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Choices drawn from one seeded {@link Random}: the building blocks of the test data generators.
 */
final class Picks {

  private final Random random;

  Picks(Random random) {
    this.random = random;
  }

  Random random() {
    return random;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  long between(long min, long max) {
    return random.nextLong(min, max + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T oneOf(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  @SafeVarargs
  final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** {@code null} with the given chance, else a value. */
  <T> T orNull(double nullChance, Supplier<T> value) {
    return chance(nullChance) ? null : value.get();
  }

  /** From {@code minSize} to {@code maxSize} elements, each made anew. */
  <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
    var size = between(minSize, maxSize);
    var list = new ArrayList<T>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** Up to {@code maxLength} characters, each one of {@code chars}. */
  String string(int maxLength, String chars) {
    return string(maxLength, () -> String.valueOf(charOf(chars)));
  }

  char charOf(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  /**
   * Up to {@code maxLength} characters made of pieces; a piece that would make the text longer is
   * left out, so multi-character pieces stay whole.
   */
  String string(int maxLength, Supplier<String> piece) {
    var length = between(0, maxLength);
    var text = new StringBuilder(length);
    for (int tries = 0; text.length() < length && tries < 4 * length; tries++) {
      var next = piece.get();
      if (text.length() + next.length() <= length) {
        text.append(next);
      }
    }
    return text.toString();
  }
}
