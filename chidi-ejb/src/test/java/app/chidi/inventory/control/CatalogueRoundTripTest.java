package app.chidi.inventory.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What the export writes, the import reads back unchanged, without any column mapping. */
class CatalogueRoundTripTest {

  private static final String TRICKY_CHARS = "abcXYZ019 ,;\"'\n\t-/&()₦€ÀṣọÒkè";

  private final CatalogueCsvWriter writer = new CatalogueCsvWriter();
  private final CatalogueCsv csv = new CatalogueCsv();
  private final ImportRowParser parser = new ImportRowParser();

  @Property(tries = 200)
  void readsBackWhatItWrote(@ForAll("catalogues") List<ExportProduct> catalogue) {
    assertRoundTrip(catalogue);
  }

  @Test
  void readsBackTrickyNames() {
    assertRoundTrip(
        List.of(
            new ExportProduct(
                "aso-oke",
                "Àṣọ Òkè, \"hand-woven\"; ₦ only",
                "Line one\r\nline two",
                "Fabrics; Nigerian",
                new BigDecimal("15000"),
                "inactive",
                List.of(
                    new ExportVariant(
                        "Red, large",
                        "AO-\"L\"",
                        new BigDecimal("0.5"),
                        0,
                        0,
                        Map.of("colour", "Red; deep", "sleeve length", "3/4"))))));
  }

  private void assertRoundTrip(List<ExportProduct> catalogue) {
    var out = new StringWriter();
    writer.write(catalogue, out);
    var table = csv.read(out.toString().getBytes(UTF_8));
    var plan = parser.plan(table, ColumnMapping.auto(table.headers()));

    assertEquals(List.of(), plan.errors());
    assertEquals(expected(catalogue), plan.products());
  }

  private static List<ProductGroup> expected(List<ExportProduct> catalogue) {
    var groups = new ArrayList<ProductGroup>();
    var row = 2;
    for (var product : catalogue) {
      var variants = new ArrayList<VariantRow>();
      for (var variant : product.variants()) {
        variants.add(new VariantRow(row++, draft(variant)));
      }
      var draft =
          new ProductDraft(
              product.handle(),
              product.name(),
              product.description(),
              product.category(),
              money(product.basePrice()),
              product.status());
      groups.add(new ProductGroup("handle:" + product.handle(), draft, variants));
    }
    return groups;
  }

  private static VariantDraft draft(ExportVariant variant) {
    return new VariantDraft(
        variant.name(),
        variant.sku(),
        money(variant.price()),
        variant.stockQuantity(),
        variant.lowStockThreshold(),
        variant.attributes());
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  @Provide
  Arbitrary<List<ExportProduct>> catalogues() {
    return product().list().ofMaxSize(6).map(CatalogueRoundTripTest::withUniqueKeys);
  }

  private static Arbitrary<ExportProduct> product() {
    return Combinators.combine(
            text(30),
            text(30),
            text(200).injectNull(0.3),
            text(20).injectNull(0.3),
            money(),
            Arbitraries.of("active", "inactive", "archived"),
            variant().list().ofMinSize(1).ofMaxSize(4))
        .as(ExportProduct::new);
  }

  private static Arbitrary<ExportVariant> variant() {
    return Combinators.combine(
            text(30),
            text(10).map(sku -> sku.replaceAll("\\s", "")),
            money(),
            Arbitraries.integers().between(0, 1_000_000_000),
            Arbitraries.integers().between(0, 1_000_000_000),
            Arbitraries.maps(
                    Arbitraries.of("size", "colour", "material", "fit", "sleeve length"), text(20))
                .ofMaxSize(3))
        .as(ExportVariant::new);
  }

  private static Arbitrary<BigDecimal> money() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, CellFormats.MAX_PRICE)
        .ofScale(2)
        .edgeCases(edges -> edges.add(BigDecimal.ZERO));
  }

  /** Text as a CSV cell holds it after trimming: non-empty, no spaces at either end. */
  private static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings()
        .withChars(TRICKY_CHARS)
        .ofMaxLength(maxLength)
        .map(String::trim)
        .filter(text -> !text.isEmpty());
  }

  /** Handles and SKUs made unique by prefixing their position. */
  private static List<ExportProduct> withUniqueKeys(List<ExportProduct> products) {
    return IntStream.range(0, products.size())
        .mapToObj(
            i -> {
              var product = products.get(i);
              var variants =
                  IntStream.range(0, product.variants().size())
                      .mapToObj(j -> withSku(product.variants().get(j), i + "." + j))
                      .toList();
              return new ExportProduct(
                  i + "-" + product.handle(),
                  product.name(),
                  product.description(),
                  product.category(),
                  product.basePrice(),
                  product.status(),
                  variants);
            })
        .toList();
  }

  private static ExportVariant withSku(ExportVariant variant, String prefix) {
    return new ExportVariant(
        variant.name(),
        prefix + "-" + variant.sku(),
        variant.price(),
        variant.stockQuantity(),
        variant.lowStockThreshold(),
        variant.attributes());
  }
}
