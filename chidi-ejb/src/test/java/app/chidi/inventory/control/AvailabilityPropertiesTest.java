package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.MatchQuality;
import app.chidi.inventory.entity.StockStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each property is checked over {@value #CASES} random catalogues and questions. */
class AvailabilityPropertiesTest {

  private static final int CASES = 1000;

  private final AvailabilityMatcher matcher = new AvailabilityMatcher(new ProductMeanings());

  @Test
  void sameStatusesGiveTheSameAnswer() {
    Cases.check(
        CASES,
        0x5A3E_0001L,
        random -> {
          var asked = Asked.random(random);
          return new Changed(asked, new RandomCatalogues(random).restocked(asked.catalogue()));
        },
        changed -> {
          var asked = changed.asked();
          assertEquals(statuses(asked.catalogue()), statuses(changed.catalogue()));

          assertEquals(
              answer(asked.question(), asked.catalogue()),
              answer(asked.question(), changed.catalogue()));
        });
  }

  @Test
  void answerHoldsNoIntegers() {
    Cases.check(
        CASES,
        0x5A3E_0002L,
        Asked::random,
        asked -> {
          var properties = new ArrayList<String>();
          var values = new ArrayList<Object>();
          RecordTree.walk(answer(asked.question(), asked.catalogue()), properties, values);

          assertTrue(properties.stream().noneMatch(RecordTree::namesStock), properties::toString);
          assertTrue(values.stream().noneMatch(RecordTree::isInteger), values::toString);
        });
  }

  @Test
  void alternativesArePurchasableOthersOfTheSameCategory() {
    Cases.check(
        CASES,
        0x5A3E_0003L,
        Asked::random,
        asked -> {
          var answer = answer(asked.question(), asked.catalogue());
          Map<UUID, CatalogueEntry> byId =
              asked.catalogue().stream()
                  .collect(Collectors.toMap(CatalogueEntry::productId, Function.identity()));

          for (var product : answer.products()) {
            assertTrue(product.alternatives().size() <= 3);
            assertTrue(product.alternatives().isEmpty() || !product.status().purchasable());
            for (Alternative alternative : product.alternatives()) {
              assertNotEquals(product.productId(), alternative.productId());
              assertEquals(product.category(), byId.get(alternative.productId()).category());
              assertTrue(alternative.status().purchasable());
            }
          }
        });
  }

  @Test
  void matchesAreFractionsBestFirst() {
    Cases.check(
        CASES,
        0x5A3E_0004L,
        Asked::random,
        asked -> {
          var products = answer(asked.question(), asked.catalogue()).products();

          assertTrue(products.size() <= 5);
          for (int i = 0; i < products.size(); i++) {
            var product = products.get(i);
            assertTrue(
                product.match() > 0 && product.match() <= 1, () -> "match " + product.match());
            assertTrue(i == 0 || products.get(i - 1).match() >= product.match());
            assertTrue(
                product.quality() == MatchQuality.EXACT
                    || product.quality() == MatchQuality.of(product.match(), false));
          }
        });
  }

  @Test
  void candidateOrderDoesNotMatter() {
    Cases.check(
        CASES,
        0x5A3E_0005L,
        random -> {
          var asked = Asked.random(random);
          var shuffled = new ArrayList<>(asked.catalogue());
          Collections.shuffle(shuffled, random);
          return new Changed(asked, shuffled);
        },
        changed -> {
          var asked = changed.asked();

          assertEquals(
              answer(asked.question(), asked.catalogue()),
              answer(asked.question(), changed.catalogue()));
        });
  }

  /** A question to a catalogue. */
  private record Asked(List<CatalogueEntry> catalogue, String question) {

    static Asked random(Random random) {
      var catalogues = new RandomCatalogues(random);
      return new Asked(catalogues.catalogue(), catalogues.question());
    }
  }

  /** A question, and its catalogue changed in a way the answer must not notice. */
  private record Changed(Asked asked, List<CatalogueEntry> catalogue) {}

  private static List<StockStatus> statuses(List<CatalogueEntry> catalogue) {
    return catalogue.stream()
        .flatMap(entry -> entry.variants().stream())
        .map(VariantEntry::status)
        .toList();
  }

  private AvailabilityAnswer answer(String question, List<CatalogueEntry> catalogue) {
    return matcher.answer(question, catalogue, SampleCatalogue.sameCategoryIn(catalogue));
  }
}
