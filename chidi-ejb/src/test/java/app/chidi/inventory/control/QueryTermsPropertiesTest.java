package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QueryTermsPropertiesTest {

  /** Product texts and questions meet in this form, so it must not change when applied again. */
  @Property
  void termsAreCanonical(@ForAll("texts") String text) {
    var terms = QueryTerms.of(text);

    assertEquals(terms, QueryTerms.of(String.join(" ", terms.terms())));
  }

  @Property
  void anyTextGivesTerms(@ForAll String text) {
    var terms = QueryTerms.of(text);

    assertEquals(terms, QueryTerms.of(String.join(" ", terms.terms())));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().alpha().numeric().withChars(" -'’?,.àṣọòèẹÀṢỌÈ").ofMaxLength(40);
  }
}
