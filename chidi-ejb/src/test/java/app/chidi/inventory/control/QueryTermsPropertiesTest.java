package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each property is checked over {@value #CASES} random texts. */
class QueryTermsPropertiesTest {

  private static final int CASES = 1000;
  private static final String TEXT_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'’?,.àṣọòèẹÀṢỌÈ";
  private static final String SPACES_AND_CONTROLS =
      "\t\n\r\u000b\f\u0000\u001f\u007f\u0085\u00a0\u1680\u2000\u2028\u2029\u202f\u3000\u200b\ufeff";

  /** Words and marks that QueryTerms rewrites, drops or splits on. */
  private static final List<String> TRICKY_WORDS =
      List.of(
          "extra", "large", "small", "x", "xx", "-", " ", "medium", "gray", "sizes", "dresses",
          "boxes", "ies", "ss", "'s", "’", "ʼ", "`", "´", "\u0301", "\u0323", "İ", "ß", "ﬁ", "Ⅻ",
          "٣", "²");

  /** Product texts and questions meet in this form, so it must not change when applied again. */
  @Test
  void termsAreCanonical() {
    Cases.check(
        CASES,
        0x7E5A_0001L,
        random -> new Picks(random).string(40, TEXT_CHARS),
        QueryTermsPropertiesTest::assertCanonical);
  }

  @Test
  void anyTextGivesTerms() {
    Cases.check(
        CASES,
        0x7E5A_0002L,
        QueryTermsPropertiesTest::anyText,
        QueryTermsPropertiesTest::assertCanonical);
  }

  private static void assertCanonical(String text) {
    var terms = QueryTerms.of(text);

    assertEquals(terms, QueryTerms.of(String.join(" ", terms.terms())));
  }

  /**
   * Mostly short texts of any characters: printable ASCII, spaces and controls, accented letters
   * and combining marks, words QueryTerms rewrites, any UTF-16 unit (lone surrogates too) and
   * supplementary characters.
   */
  private static String anyText(Random random) {
    var picks = new Picks(random);
    var maxLength = picks.chance(0.5) ? 12 : 255;
    return picks.string(
        maxLength,
        () ->
            switch (picks.between(0, 5)) {
              case 0 -> String.valueOf((char) picks.between(0x20, 0x7e));
              case 1 -> String.valueOf(picks.charOf(SPACES_AND_CONTROLS));
              case 2 ->
                  String.valueOf(
                      (char) (picks.oneOf(0xc0, 0x300, 0x1e00) + picks.between(0, 0x6f)));
              case 3 -> picks.oneOf(TRICKY_WORDS);
              case 4 -> String.valueOf((char) picks.between(0, 0xffff));
              default -> Character.toString(picks.between(0x10000, 0x10ffff));
            });
  }
}
