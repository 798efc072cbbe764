package app.chidi.inventory.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueCsvTest {

  private final CatalogueCsv csv = new CatalogueCsv();

  private CsvTable read(String text) {
    return csv.read(text.getBytes(UTF_8));
  }

  private static CatalogueFileException refused(String code, Runnable reading) {
    var error = assertThrows(CatalogueFileException.class, reading::run);
    assertEquals(code, error.code());
    return error;
  }

  @Test
  void readsQuotedDelimitersDoubledQuotesAndLineBreaks() {
    var table =
        read(
            "name,description,sku\r\n"
                + "\"Shirt, blue\",\"Says \"\"hi\"\"\nand waves\",S-1\r\n"
                + "Cap,plain,C-1\r\n");

    assertEquals(',', table.delimiter());
    assertEquals(List.of("name", "description", "sku"), table.headers());
    assertEquals(
        List.of(
            new CsvRow(2, List.of("Shirt, blue", "Says \"hi\"\nand waves", "S-1")),
            new CsvRow(3, List.of("Cap", "plain", "C-1"))),
        table.rows());
  }

  @Test
  void numbersRowsAsASpreadsheetShowsThem() {
    var table = read("name,sku\n\"Two\nlines\",A\n\nThird,B\n,\n\n");

    assertEquals(List.of(2, 4), table.rows().stream().map(CsvRow::row).toList());
  }

  @Test
  void stripsTheByteOrderMark() {
    var table = read("\uFEFFname;sku\nShirt;S-1\n");

    assertEquals(List.of("name", "sku"), table.headers());
  }

  @Test
  void detectsSemicolonsOutsideQuotes() {
    var table = read("\"name,with,commas\";sku;price\nShirt;S-1;12,50\n");

    assertEquals(';', table.delimiter());
    assertEquals(List.of("Shirt", "S-1", "12,50"), table.rows().get(0).cells());
  }

  @Test
  void detectsTabs() {
    var table = read("name\tsku\tprice\n Shirt, blue \t\t1,000.00\n");

    assertEquals('\t', table.delimiter());
    assertEquals(List.of("Shirt, blue", "", "1,000.00"), table.rows().get(0).cells());
  }

  @Test
  void defaultsToCommaForASingleColumn() {
    assertEquals(',', read("name\nShirt\n").delimiter());
  }

  @Test
  void trimsCellsAndPadsShortRows() {
    var table = read("name , sku ,price\n  Shirt  , \"S-1\" \nCap,C-1,5,extra,,\n");

    assertEquals(List.of("name", "sku", "price"), table.headers());
    assertEquals(List.of("Shirt", "S-1", ""), table.rows().get(0).cells());
    assertEquals(List.of("Cap", "C-1", "5", "extra"), table.rows().get(1).cells());
  }

  @Test
  void readsAHeaderWithoutRows() {
    assertTrue(read("name,sku,price\r\n\r\n").rows().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", " \r\n\r\n", ",,\n , \n"})
  void refusesAnEmptyFile(String text) {
    refused(CatalogueFileException.EMPTY, () -> read(text));
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    var bytes = "name,sku\nCaf\u00e9,A\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    var error = refused(CatalogueFileException.UNREADABLE, () -> csv.read(bytes));

    assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
    assertTrue(error.getMessage().contains("line 2"), error.getMessage());
  }

  @Test
  void refusesAnUnclosedQuoteNamingTheLine() {
    var error =
        refused(
            CatalogueFileException.UNREADABLE,
            () -> read("name,sku\n\"Two\nlines\",A\nShirt,\"S-1\nCap,C-1\n"));

    assertTrue(error.getMessage().contains("line 4"), error.getMessage());
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    refused(CatalogueFileException.UNREADABLE, () -> read("name,sku\n\"Shirt\"x,S-1\n"));
  }

  @Test
  void refusesABlankHeaderNamingItsColumn() {
    var error = refused(CatalogueFileException.INVALID_HEADER, () -> read("name,,sku\na,b,c\n"));

    assertTrue(error.getMessage().contains("Column 2"), error.getMessage());
  }

  @Test
  void refusesARepeatedHeaderIgnoringCase() {
    var error = refused(CatalogueFileException.INVALID_HEADER, () -> read("Name,sku,NAME\n"));

    assertTrue(error.getMessage().contains("'NAME'"), error.getMessage());
  }
}
