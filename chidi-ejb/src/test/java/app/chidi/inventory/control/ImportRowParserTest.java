package app.chidi.inventory.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportRowParserTest {

  private final CatalogueCsv csv = new CatalogueCsv();
  private final ImportRowParser parser = new ImportRowParser();

  private ImportPlan plan(String text) {
    var table = csv.read(text.getBytes(UTF_8));
    return parser.plan(table, ColumnMapping.auto(table.headers()));
  }

  private static List<VariantDraft> variants(ProductGroup group) {
    return group.variants().stream().map(VariantRow::variant).toList();
  }

  @Test
  void groupsRowsByHandle() {
    var plan =
        plan(
            "handle,name,description,category,base_price,status,sku,price,stock,size,colour\n"
                + "aso-oke,Àṣọ Òkè,Hand-woven,Fabrics,₦15000,Active,AO-M-RED,,4,M,Red\n"
                + "aso-oke,Aso Oke (large),,,,,AO-L-RED,16000,0,L,Red\n"
                + "cap,Cap,,,,archived,CAP-1,2500,,,\n");

    assertEquals(3, plan.totalRows());
    assertEquals(List.of(), plan.errors());
    var asoOke = plan.products().get(0);
    assertEquals("handle:aso-oke", asoOke.key());
    assertEquals(
        new ProductDraft(
            "aso-oke", "Àṣọ Òkè", "Hand-woven", "Fabrics", new BigDecimal("15000.00"), "active"),
        asoOke.product());
    assertEquals(
        List.of(
            new VariantDraft(
                "M / Red",
                "AO-M-RED",
                new BigDecimal("15000.00"),
                4,
                null,
                Map.of("colour", "Red", "size", "M")),
            new VariantDraft(
                "L / Red",
                "AO-L-RED",
                new BigDecimal("16000.00"),
                0,
                null,
                Map.of("colour", "Red", "size", "L"))),
        variants(asoOke));
    assertEquals(List.of(2, 3), asoOke.variants().stream().map(VariantRow::row).toList());
    var cap = plan.products().get(1);
    assertEquals(
        new ProductDraft("cap", "Cap", null, null, new BigDecimal("2500.00"), "archived"),
        cap.product());
    assertEquals(
        List.of(
            new VariantDraft("Default", "CAP-1", new BigDecimal("2500.00"), null, null, Map.of())),
        variants(cap));
  }

  @Test
  void groupsRowsWithoutHandleByName() {
    var plan =
        plan(
            "name,variant,sku,price\n"
                + "Ankara  Dress,Small,AD-S,9000\n"
                + "Cap,,CAP,1500\n"
                + "ankara dress,Large,AD-L,9500.5\n");

    assertEquals(
        List.of("name:ankara dress", "name:cap"),
        plan.products().stream().map(ProductGroup::key).toList());
    var dress = plan.products().get(0);
    assertEquals("Ankara  Dress", dress.product().name());
    assertEquals(new BigDecimal("9000.00"), dress.product().basePrice());
    assertEquals(
        List.of("Small", "Large"), variants(dress).stream().map(VariantDraft::name).toList());
    assertEquals(new BigDecimal("9500.50"), variants(dress).get(1).price());
  }

  @Test
  void takesTheNameOfLaterRowsFromTheFirstRowWithTheSameHandle() {
    var plan =
        plan(
            "Handle,Title,Option1 Value,Variant SKU,Variant Price\n"
                + "shirt,Linen Shirt,S,LS-S,12000\n"
                + "shirt,,M,LS-M,12500\n"
                + "other,,M,OT-M,100\n");

    assertEquals(1, plan.products().size());
    assertEquals(
        List.of("S", "M"),
        variants(plan.products().get(0)).stream().map(VariantDraft::name).toList());
    assertEquals(List.of(new RowError(4, "Title", "name is required")), plan.errors());
  }

  @Test
  void defaultsTheVariantPriceToTheBasePrice() {
    var plan =
        plan(
            "handle,name,base_price,sku,price\n"
                + "bag,Bag,5000,BAG-1,\n"
                + "bag,Bag,,BAG-2,\n"
                + "bag,Bag,,BAG-3,5500\n");

    assertEquals(
        List.of("5000.00", "5000.00", "5500.00"),
        variants(plan.products().get(0)).stream().map(v -> v.price().toPlainString()).toList());
  }

  @Test
  void readsDecimalCommasInSemicolonFiles() {
    var plan = plan("name;sku;price\n\"Shirt; blue\";S-1;12,5\nCap;C-1;1.000,00\n");

    assertEquals(new BigDecimal("12.50"), variants(plan.products().get(0)).get(0).price());
    assertEquals(List.of(new RowError(3, "price", "not a price: '1.000,00'")), plan.errors());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "₦1500|1500.00",
        "$ 12.5|12.50",
        "€0|0.00",
        "£ 7.10 |7.10",
        "12.500|12.50",
        "9999999999.99|9999999999.99"
      })
  void acceptsPrices(String cell, String amount) {
    var plan = plan("name,sku,price\nShirt,S-1,\"" + cell + "\"\n");

    assertEquals(List.of(), plan.errors());
    assertEquals(new BigDecimal(amount), variants(plan.products().get(0)).get(0).price());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|not a price: 'abc'",
        "1,000.00|not a price: '1,000.00'",
        "1e3|not a price: '1e3'",
        "NGN 5|not a price: 'NGN 5'",
        "-5|a price cannot be negative: '-5'",
        "1.234|a price has at most 2 decimal places: '1.234'",
        "10000000000|a price can be at most 9999999999.99: '10000000000'"
      })
  void refusesBadPrices(String cell, String error) {
    var plan = plan("name,sku,price\nShirt,S-1,\"" + cell + "\"\n");

    assertEquals(List.of(new RowError(2, "price", error)), plan.errors());
    assertEquals(List.of(), plan.products());
  }

  @Test
  void readsAnUnquotedThousandsSeparatorAsAnExtraCell() {
    var plan = plan("name,sku,price\nShirt,S-1,1,000.00\n");

    assertEquals(
        List.of(new RowError(2, null, "row has 4 cells but the header has 3")), plan.errors());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.5|not a whole number: '1.5'",
        "abc|not a whole number: 'abc'",
        "1,000|not a whole number: '1,000'",
        "-3|cannot be negative: '-3'",
        "1000000001|can be at most 1000000000: '1000000001'"
      })
  void refusesBadCounts(String cell, String error) {
    var plan =
        plan("name,sku,price,stock,reorder level\nShirt,S-1,5,\"" + cell + "\",\"" + cell + "\"\n");

    assertEquals(
        List.of(new RowError(2, "stock", error), new RowError(2, "reorder level", error)),
        plan.errors());
  }

  @Test
  void readsCounts() {
    var variant =
        variants(
                plan("name,sku,price,qty,threshold\nShirt,S-1,5,1000000000,007\n")
                    .products()
                    .get(0))
            .get(0);

    assertEquals(1_000_000_000, variant.stockQuantity());
    assertEquals(7, variant.lowStockThreshold());
  }

  @Test
  void reportsEveryProblemOfARowByColumn() {
    var plan =
        plan(
            "name,sku,price,status,stock,size\n"
                + "ok,OK-1,1,,,\n"
                + ",A B,abc,draft,-1,"
                + "x".repeat(101)
                + ",extra\n");

    assertEquals(
        List.of(
            new RowError(3, null, "row has 7 cells but the header has 6"),
            new RowError(3, "name", "name is required"),
            new RowError(3, "sku", "a SKU cannot contain spaces: 'A B'"),
            new RowError(3, "price", "not a price: 'abc'"),
            new RowError(3, "status", "status must be active, inactive or archived, not 'draft'"),
            new RowError(3, "stock", "cannot be negative: '-1'"),
            new RowError(3, "size", "size is 101 characters long; at most 100 fit")),
        plan.errors());
    assertEquals(1, plan.products().size());
  }

  @Test
  void limitsTextLengths() {
    var plan =
        plan(
            "name,sku,category,description,variant,price\n"
                + "\"%s\",%s,%s,%s,%s,5\n"
                    .formatted(
                        "n".repeat(256),
                        "s".repeat(101),
                        "c".repeat(101),
                        "d".repeat(5001),
                        "v".repeat(256)));

    assertEquals(
        List.of("name", "sku", "category", "description", "variant"),
        plan.errors().stream().map(RowError::column).toList());
    assertTrue(plan.errors().get(3).error().contains("at most 5000"));
  }

  @Test
  void requiresAPriceFromOneOfThePriceColumns() {
    var plan = plan("name,sku,base_price,price\nShirt,S-1,,\n");

    assertEquals(List.of(new RowError(2, "price", "a price is required")), plan.errors());
  }

  @Test
  void refusesFilesWithoutRequiredColumns() {
    var table = csv.read("Title,Colour\nShirt,Red\n".getBytes(UTF_8));
    var mapping = ColumnMapping.auto(table.headers());

    var error = assertThrows(CatalogueFileException.class, () -> parser.plan(table, mapping));

    assertEquals(CatalogueFileException.MISSING_COLUMNS, error.code());
    assertTrue(error.getMessage().endsWith("sku, price"), error.getMessage());
  }

  @Test
  void refusesAMappingForAnotherFile() {
    var table = csv.read("name,sku,price\nShirt,S-1,5\n".getBytes(UTF_8));
    var mapping = ColumnMapping.auto(List.of("name", "sku", "Price"));

    var error = assertThrows(CatalogueFileException.class, () -> parser.plan(table, mapping));

    assertEquals(CatalogueFileException.INVALID_MAPPING, error.code());
  }

  @Test
  void reportsRepeatedSkusOnTheLaterRows() {
    var plan =
        plan(
            "name,sku,price\n"
                + "Shirt,S-1,5\n"
                + "Cap,C-1,5\n"
                + "Shirt,S-1,6\n"
                + "Shoe,s-1,7\n"
                + "Sock,S-1,8\n");

    assertEquals(
        List.of(
            new RowError(4, "sku", "SKU 'S-1' already appears on row 2"),
            new RowError(6, "sku", "SKU 'S-1' already appears on row 2")),
        plan.errors());
    assertEquals(3, plan.products().size());
  }

  @Test
  void numbersRowsAfterAQuotedLineBreak() {
    var plan = plan("name,description,sku,price\nShirt,\"two\nlines\",S-1,5\nCap,,C-1,x\n");

    assertEquals(List.of(new RowError(3, "price", "not a price: 'x'")), plan.errors());
  }

  @Test
  void takesTheProductFieldsFromTheFirstValidRow() {
    var plan =
        plan(
            "handle,name,category,sku,price,status\n"
                + "tee,Tee,Broken,T-1,abc,\n"
                + "tee,Tee,Tops,T-2,10,inactive\n"
                + "tee,Tee,Other,T-3,11,\n");

    var group = plan.products().get(0);
    assertEquals("Tops", group.product().category());
    assertEquals("inactive", group.product().status());
    assertEquals(List.of(3, 4), group.variants().stream().map(VariantRow::row).toList());
  }

  @Test
  void leavesOutUnmappedColumns() {
    var table = csv.read("name,sku,price,size\nShirt,S-1,5,M\n".getBytes(UTF_8));
    var mapping = ColumnMapping.auto(table.headers()).withOverrides(Map.of("size", "ignore"));

    var variant = variants(parser.plan(table, mapping).products().get(0)).get(0);

    assertEquals(Map.of(), variant.attributes());
    assertNull(variant.stockQuantity());
  }

  @Test
  void readsTenThousandRows() {
    var text = new StringBuilder("handle,name,sku,price,stock,size\r\n");
    for (var i = 0; i < 10_000; i++) {
      text.append(
          "p%d,\"Product, %d\",SKU-%d,%d.50,%d,%s\r\n".formatted(i / 4, i / 4, i, i, i, i % 4));
    }

    var plan = plan(text.toString());

    assertEquals(10_000, plan.totalRows());
    assertEquals(List.of(), plan.errors());
    assertEquals(2_500, plan.products().size());
    var last = plan.products().get(2_499);
    assertEquals("Product, 2499", last.product().name());
    assertEquals(10_001, last.variants().get(3).row());
    assertEquals(new BigDecimal("9999.50"), last.variants().get(3).variant().price());
  }
}
