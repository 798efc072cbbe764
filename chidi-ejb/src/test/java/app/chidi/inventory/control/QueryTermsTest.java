package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTermsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Do you have the blue summer dresses in medium, please? | blue summer dress m",
        "is it still available in size 42?                      | 42",
        "shoes, bags, glasses, boxes, watches, accessories     | shoe bag glass box watch accessory",
        "dress                                                  | dress",
        "àṣọ òkè                                                | aso oke",
        "ÀṢỌ-ÒKÈ                                                | aso oke",
        "grey or gray?                                          | grey",
        "Extra Large, x-large, XL, xlarge                       | xl",
        "extra extra large, XX-Large, 2XL, xxl                  | xxl",
        "extra small or small                                   | xs s",
        "it's the large one, I'd say                            | l one say",
        "extra long                                             | extra long",
        "Blue BLUE blue                                         | blue"
      })
  void keepsTheWordsThatCanMatchAProduct(String text, String terms) {
    assertEquals(List.of(terms.split(" ")), QueryTerms.of(text).terms());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "do you have any?", "…"})
  void findsNoTermsInFiller(String text) {
    assertEquals(List.of(), QueryTerms.of(text).terms());
  }

  @ParameterizedTest
  @CsvSource({"dresses, dress", "dress, dress", "bus, bus", "ties, tie", "xxs, xxs", "heels, heel"})
  void makesPluralsSingular(String word, String singular) {
    assertEquals(singular, QueryTerms.singular(word));
  }
}
