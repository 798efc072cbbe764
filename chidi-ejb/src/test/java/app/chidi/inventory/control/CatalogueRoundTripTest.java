package app.chidi.inventory.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the export writes, the import reads back unchanged, without any column mapping. */
class CatalogueRoundTripTest {

  private static final int CASES = 1000;

  private final CatalogueCsvWriter writer = new CatalogueCsvWriter();
  private final CatalogueCsv csv = new CatalogueCsv();
  private final ImportRowParser parser = new ImportRowParser();

  @Test
  void readsBackWhatItWrote() {
    Cases.check(
        CASES,
        0xC5F0_0001L,
        random -> new RandomExports(random).catalogue(),
        this::assertRoundTrip);
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
}
