package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.MatchQuality;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.entity.StockStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AvailabilityPropertiesTest {

  private final AvailabilityMatcher matcher = new AvailabilityMatcher();

  @Property
  void sameStatusesGiveTheSameAnswer(
      @ForAll("catalogues") List<CatalogueEntry> catalogue,
      @ForAll("questions") String question,
      @ForAll Random random) {
    var restocked = RandomCatalogues.restocked(catalogue, random);
    assertEquals(statuses(catalogue), statuses(restocked));

    assertEquals(answer(question, catalogue), answer(question, restocked));
  }

  @Property
  void answerHoldsNoIntegers(
      @ForAll("catalogues") List<CatalogueEntry> catalogue, @ForAll("questions") String question) {
    var properties = new ArrayList<String>();
    var values = new ArrayList<Object>();
    RecordTree.walk(answer(question, catalogue), properties, values);

    assertTrue(properties.stream().noneMatch(RecordTree::namesStock), properties::toString);
    assertTrue(values.stream().noneMatch(RecordTree::isInteger), values::toString);
  }

  @Property
  void alternativesArePurchasableOthersOfTheSameCategory(
      @ForAll("catalogues") List<CatalogueEntry> catalogue, @ForAll("questions") String question) {
    var answer = answer(question, catalogue);
    Set<UUID> listed =
        answer.products().stream().map(ProductAvailability::productId).collect(Collectors.toSet());
    Map<UUID, CatalogueEntry> byId =
        catalogue.stream()
            .collect(Collectors.toMap(CatalogueEntry::productId, Function.identity()));

    for (var product : answer.products()) {
      assertTrue(product.alternatives().size() <= 3);
      assertTrue(product.alternatives().isEmpty() || !product.status().purchasable());
      for (Alternative alternative : product.alternatives()) {
        assertFalse(listed.contains(alternative.productId()));
        assertEquals(product.category(), byId.get(alternative.productId()).category());
        assertTrue(alternative.status().purchasable());
      }
    }
  }

  @Property
  void matchesAreFractionsBestFirst(
      @ForAll("catalogues") List<CatalogueEntry> catalogue, @ForAll("questions") String question) {
    var products = answer(question, catalogue).products();

    assertTrue(products.size() <= 5);
    for (int i = 0; i < products.size(); i++) {
      var product = products.get(i);
      assertTrue(product.match() > 0 && product.match() <= 1, () -> "match " + product.match());
      assertTrue(i == 0 || products.get(i - 1).match() >= product.match());
      assertTrue(
          product.quality() == MatchQuality.EXACT
              || product.quality() == MatchQuality.of(product.match(), false));
    }
  }

  @Property
  void candidateOrderDoesNotMatter(
      @ForAll("catalogues") List<CatalogueEntry> catalogue,
      @ForAll("questions") String question,
      @ForAll Random random) {
    var shuffled = new ArrayList<>(catalogue);
    Collections.shuffle(shuffled, random);

    assertEquals(answer(question, catalogue), answer(question, shuffled));
  }

  @Provide
  Arbitrary<List<CatalogueEntry>> catalogues() {
    return RandomCatalogues.catalogues();
  }

  @Provide
  Arbitrary<String> questions() {
    return RandomCatalogues.questions();
  }

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
