package app.chidi.inventory.control;

import static app.chidi.inventory.control.SampleCatalogue.ALL;
import static app.chidi.inventory.control.SampleCatalogue.ANKARA_GOWN;
import static app.chidi.inventory.control.SampleCatalogue.ASO_OKE;
import static app.chidi.inventory.control.SampleCatalogue.BLUE_MAXI_DRESS;
import static app.chidi.inventory.control.SampleCatalogue.EVENING_GOWN;
import static app.chidi.inventory.control.SampleCatalogue.LINEN_SHIFT;
import static app.chidi.inventory.control.SampleCatalogue.SUMMER_DRESS;
import static app.chidi.inventory.control.SampleCatalogue.SUMMER_SANDALS;
import static app.chidi.inventory.control.SampleCatalogue.product;
import static app.chidi.inventory.control.SampleCatalogue.sameCategoryIn;
import static app.chidi.inventory.control.SampleCatalogue.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.MatchQuality;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import app.chidi.inventory.entity.StockStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AvailabilityMatcherTest {

  private static final List<CatalogueEntry> DRESSES =
      ALL.stream().filter(entry -> entry.category().equals("Dresses")).toList();

  private final AvailabilityMatcher matcher = new AvailabilityMatcher(new ProductMeanings());

  @Test
  void findsTheBlueSummerDressInMAmongSeveralDresses() {
    var answer =
        matcher.answer("Do you have the blue summer dress in M?", ALL, sameCategoryIn(ALL));

    assertEquals(
        List.of("Summer Dress", "Blue Maxi Dress", "Linen Shift", "Evening Gown", "Ankara Gown"),
        names(answer),
        "the dresses first; Linen Shift by meaning, ahead of Summer Sandals by one word");
    var dress = answer.products().get(0);
    assertEquals(MatchQuality.EXACT, dress.quality());
    assertEquals(StockStatus.LOW_STOCK, dress.status());
    assertEquals(List.of("Blue / M"), requested(dress));
    assertEquals(new BigDecimal("12500"), dress.price());
    assertEquals(List.of(), dress.alternatives());
  }

  @Test
  void readsMediumAsSizeM() {
    var answer = matcher.answer("summer dress, medium, blue", ALL, sameCategoryIn(ALL));

    assertEquals(List.of("Blue / M"), requested(answer.products().get(0)));
  }

  @Test
  void readsPluralsAsTheProduct() {
    var dress = matcher.answer("any summer dresses?", ALL, sameCategoryIn(ALL)).products().get(0);

    assertEquals("Summer Dress", dress.name());
    assertEquals(MatchQuality.EXACT, dress.quality());
    assertEquals(List.of(), requested(dress));
    assertEquals(StockStatus.AVAILABLE, dress.status());
    assertEquals(new BigDecimal("11500"), dress.price(), "the cheapest variant that can be bought");
  }

  @ParameterizedTest
  @ValueSource(strings = {"àṣọ òkè", "aso oke", "ÀṢỌ ÒKÈ wraps"})
  void ignoresAccents(String query) {
    var answer = matcher.answer(query, ALL, sameCategoryIn(ALL));

    assertEquals(ASO_OKE.productId(), answer.products().get(0).productId());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 5, OUT_OF_STOCK",
    "5, 5, LOW_STOCK",
    "6, 5, AVAILABLE",
    "1, 0, AVAILABLE",
    "0, 0, OUT_OF_STOCK"
  })
  void tellsStatusNotStock(int stock, int threshold, StockStatus expected) {
    var tee = product("Plain Tee", "Tops", variant("One size", "5000", stock, threshold));

    var answer = matcher.answer("plain tee", List.of(tee), category -> List.of());

    assertEquals(expected, answer.products().get(0).status());
  }

  @Test
  void offersPurchasableProductsOfTheSameCategoryOtherThanItself() {
    var kaftan = product("Silk Kaftan", "Dresses", variant("One size", "20000", 0, 2));
    Function<String, List<CatalogueEntry>> loaderIgnoringCategory =
        category -> Stream.concat(ALL.stream(), Stream.of(kaftan)).toList();

    var answer = matcher.answer("evening gown", ALL, loaderIgnoringCategory);

    var gown = answer.products().get(0);
    assertEquals(EVENING_GOWN.productId(), gown.productId());
    assertEquals(StockStatus.OUT_OF_STOCK, gown.status());
    assertEquals(
        List.of("Evening Gown", "Ankara Gown", "Summer Dress", "Linen Shift", "Blue Maxi Dress"),
        names(answer),
        "the other gown by its word, the dresses by meaning");
    assertTrue(
        answer.products().subList(2, 5).stream()
            .allMatch(p -> p.quality() == MatchQuality.PARTIAL || p.quality() == MatchQuality.WEAK),
        "a match by meaning alone is never strong");
    assertEquals(
        List.of(
            new Alternative(
                ANKARA_GOWN.productId(),
                "Ankara Gown",
                new BigDecimal("15000"),
                StockStatus.LOW_STOCK),
            new Alternative(
                BLUE_MAXI_DRESS.productId(),
                "Blue Maxi Dress",
                new BigDecimal("18000"),
                StockStatus.AVAILABLE),
            new Alternative(
                LINEN_SHIFT.productId(),
                "Linen Shift",
                new BigDecimal("16000"),
                StockStatus.AVAILABLE)),
        gown.alternatives(),
        "another gown the question also matched comes first; the sold-out kaftan never");
  }

  @Test
  void prefersAlternativesSharingTermsThenInGoodSupply() {
    var answer = matcher.answer("evening gown blue", List.of(EVENING_GOWN), sameCategoryIn(ALL));

    assertEquals(
        List.of("Blue Maxi Dress", "Summer Dress", "Ankara Gown"),
        alternativeNames(answer.products().get(0)));
  }

  @Test
  void reportsAMissingCombinationAsOutOfStockWithAlternatives() {
    var answer =
        matcher.answer(
            "summer dress in red, small", List.of(SUMMER_DRESS), sameCategoryIn(DRESSES));

    var dress = answer.products().get(0);
    assertEquals(StockStatus.OUT_OF_STOCK, dress.status());
    assertEquals(List.of(), requested(dress));
    assertEquals(List.of("Linen Shift", "Ankara Gown", "Blue Maxi Dress"), alternativeNames(dress));
  }

  @Test
  void listsTheOtherMatchesWithTheirOwnStatus() {
    var answer = matcher.answer("blue summer dress M", ALL, sameCategoryIn(ALL));

    var evening =
        answer.products().stream()
            .filter(p -> p.productId().equals(EVENING_GOWN.productId()))
            .findFirst()
            .orElseThrow();
    assertEquals(StockStatus.OUT_OF_STOCK, evening.status());
    assertEquals(
        List.of("Summer Dress", "Blue Maxi Dress", "Linen Shift"), alternativeNames(evening));
    assertTrue(
        answer.products().stream().noneMatch(p -> p.productId().equals(ASO_OKE.productId())));
  }

  @Test
  void findsAProductByMeaningWhenNoWordMatchesButOnlyPartly() {
    var answer = matcher.answer("any footwear for the beach?", ALL, sameCategoryIn(ALL));

    var sandals = answer.products().get(0);
    assertEquals(SUMMER_SANDALS.productId(), sandals.productId());
    assertEquals(MatchQuality.PARTIAL, sandals.quality());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"do you have iphones?", "what time do you open", "do you deliver to Abuja"})
  void findsNothingByMeaningForWhatTheShopDoesNotSell(String query) {
    assertEquals(List.of(), names(matcher.answer(query, ALL, sameCategoryIn(ALL))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "do you have it?", "?!"})
  void answersNothingToAQuestionWithoutTerms(String query) {
    assertEquals(
        new AvailabilityAnswer(query, List.of()), matcher.answer(query, ALL, sameCategoryIn(ALL)));
  }

  private static List<String> names(AvailabilityAnswer answer) {
    return answer.products().stream().map(ProductAvailability::name).toList();
  }

  private static List<String> requested(ProductAvailability product) {
    return product.variants().stream()
        .filter(VariantAvailability::requested)
        .map(VariantAvailability::name)
        .toList();
  }

  private static List<String> alternativeNames(ProductAvailability product) {
    return product.alternatives().stream().map(Alternative::name).toList();
  }
}
