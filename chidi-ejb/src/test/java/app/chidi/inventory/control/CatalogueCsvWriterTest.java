package app.chidi.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueCsvWriterTest {

  private static final String FIELDS =
      "handle,name,description,category,base_price,status,variant_name,sku,price,"
          + "stock_quantity,low_stock_threshold";

  private final CatalogueCsvWriter writer = new CatalogueCsvWriter();

  private String written(List<ExportProduct> products) {
    var out = new StringWriter();
    writer.write(products, out);
    return out.toString();
  }

  @Test
  void writesOneQuotedLinePerVariant() {
    var shirt =
        new ExportProduct(
            "shirt",
            "Shirt, \"linen\"",
            "Cool\nand light",
            null,
            new BigDecimal("12000"),
            "active",
            List.of(
                new ExportVariant(
                    "M / Blue",
                    "SH-M",
                    new BigDecimal("12000.5"),
                    3,
                    1,
                    Map.of("size", "M", "colour", "Blue", "fit", "Slim")),
                new ExportVariant("L", "SH-L", new BigDecimal("1E+4"), 0, 2, Map.of("size", "L"))));

    assertEquals(
        FIELDS
            + ",attr:size,attr:colour,attr:fit\r\n"
            + "shirt,\"Shirt, \"\"linen\"\"\",\"Cool\nand light\",,12000.00,active,M / Blue,SH-M,"
            + "12000.50,3,1,M,Blue,Slim\r\n"
            + "shirt,\"Shirt, \"\"linen\"\"\",\"Cool\nand light\",,12000.00,active,L,SH-L,"
            + "10000.00,0,2,L,,\r\n",
        written(List.of(shirt)));
  }

  @Test
  void writesOnlyTheHeaderForAnEmptyCatalogue() {
    assertEquals(FIELDS + "\r\n", written(List.of()));
  }

  @Test
  void putsSizeAndColourBeforeOtherAttributes() {
    assertEquals(
        List.of("attr:size", "attr:colour", "attr:fabric", "attr:fit"),
        CatalogueCsvWriter.headersFor(Set.of("fit", "colour", "fabric", "size")).subList(11, 15));
    assertEquals(
        List.of("attr:colour", "attr:weight"),
        CatalogueCsvWriter.headersFor(Set.of("weight", "colour")).subList(11, 13));
  }
}
