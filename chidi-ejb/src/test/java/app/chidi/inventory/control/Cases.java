package app.chidi.inventory.control;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks a property over many generated cases. Each case is made from its own {@link Random}, whose
 * seed comes from a fixed base seed: every run checks the same cases, and a failure names the seed
 * that regenerates its case alone ({@code generator.apply(new Random(seed))}).
 */
final class Cases {

  private Cases() {}

  /**
   * @param count how many cases to check
   * @param baseSeed fixes the seeds of all the cases
   * @param generator makes one case from its random source
   * @param property fails by throwing
   */
  static <T> void check(
      int count, long baseSeed, Function<Random, T> generator, Consumer<? super T> property) {
    var seeds = new Random(baseSeed);
    for (int index = 0; index < count; index++) {
      var seed = seeds.nextLong();
      T input = generator.apply(new Random(seed));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError(
            "case %d of %d failed (base seed %dL); regenerate it with new Random(%dL)%n"
                    .formatted(index, count, baseSeed, seed)
                + "input: "
                + printable(input)
                + "\nfailure: "
                + failure,
            failure);
      }
    }
  }

  /** The input on one line, with control, format and lone surrogate characters escaped. */
  static String printable(Object input) {
    var text = String.valueOf(input);
    var out = new StringBuilder(input instanceof String ? "\"" : "");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairs =
          Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1));
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT
              || Character.isSurrogate(c) && !pairs) {
            out.append("\\u%04x".formatted((int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(input instanceof String ? "\"" : "").toString();
  }
}
