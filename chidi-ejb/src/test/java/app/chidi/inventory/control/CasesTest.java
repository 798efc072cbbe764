package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CasesTest {

  private static final Pattern FAILED_CASE =
      Pattern.compile(
          "case (\\d+) of 100 failed \\(base seed 42L\\); regenerate it with new Random\\((-?\\d+)L\\)");

  @Test
  void failureNamesTheCaseItsSeedAndItsInput() {
    var error =
        assertThrows(
            AssertionError.class,
            () ->
                Cases.check(
                    100, 42L, random -> random.nextInt(10), n -> assertTrue(n < 9, "too big")));

    var message = error.getMessage();
    var failed = FAILED_CASE.matcher(message);
    assertTrue(failed.find(), message);
    assertEquals(9, new Random(Long.parseLong(failed.group(2))).nextInt(10), message);
    assertTrue(message.contains("input: 9"), message);
    assertTrue(message.contains("too big"), message);
  }

  @Test
  void everyRunChecksTheSameCases() {
    var first = new StringBuilder();
    var second = new StringBuilder();

    Cases.check(50, 7L, Random::nextLong, first::append);
    Cases.check(50, 7L, Random::nextLong, second::append);

    assertEquals(first.toString(), second.toString());
  }

  @Test
  void inputIsPrintedOnOneLine() {
    assertEquals(
        "\"Àṣọ\\r\\n\\t\\\\ \\u0000\\u200b\\ud800 ₦ \uD83D\uDC57\"",
        Cases.printable("Àṣọ\r\n\t\\ \u0000\u200b\ud800 ₦ \uD83D\uDC57"));
  }
}
