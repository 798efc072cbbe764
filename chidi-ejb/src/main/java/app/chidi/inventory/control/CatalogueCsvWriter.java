package app.chidi.inventory.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a catalogue as CSV, one line per variant, in the layout {@link CatalogueCsv} and {@link
 * ColumnMapping#auto(List)} read back without any mapping: RFC 4180 with comma delimiters, CRLF
 * line ends and no byte order mark.
 */
@ApplicationScoped
public class CatalogueCsvWriter {

  private static final List<String> FIELD_HEADERS =
      Arrays.stream(CatalogueField.values()).map(CatalogueField::key).toList();
  private static final List<String> LEADING_ATTRIBUTES = List.of("size", "colour");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

  /** Writes the products; the writer is flushed, not closed. */
  public void write(List<ExportProduct> products, Writer out) {
    var orderedKeys = orderedAttributes(attributeKeys(products));
    try {
      FORMAT.printRecord(out, headers(orderedKeys).toArray());
      for (var product : products) {
        for (var variant : product.variants()) {
          FORMAT.printRecord(out, line(product, variant, orderedKeys).toArray());
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The header of an export: the {@link CatalogueField} keys, then {@code attr:<key>} for each
   * attribute key, sorted, except that {@code size} and then {@code colour} come first.
   */
  public static List<String> headersFor(Set<String> attributeKeys) {
    return headers(orderedAttributes(attributeKeys));
  }

  private static Set<String> attributeKeys(List<ExportProduct> products) {
    var keys = new HashSet<String>();
    products.forEach(p -> p.variants().forEach(v -> keys.addAll(v.attributes().keySet())));
    return keys;
  }

  private static List<String> headers(List<String> orderedKeys) {
    var headers = new ArrayList<>(FIELD_HEADERS);
    orderedKeys.forEach(key -> headers.add(MappingTarget.ATTRIBUTE_PREFIX + key));
    return headers;
  }

  private static List<String> orderedAttributes(Set<String> keys) {
    Comparator<String> leadingFirst =
        Comparator.comparingInt(
            key -> LEADING_ATTRIBUTES.contains(key) ? LEADING_ATTRIBUTES.indexOf(key) : 2);
    return keys.stream().sorted(leadingFirst.thenComparing(Comparator.naturalOrder())).toList();
  }

  private static List<String> line(
      ExportProduct product, ExportVariant variant, List<String> attributeKeys) {
    var cells =
        new ArrayList<>(
            Arrays.asList(
                product.handle(),
                product.name(),
                product.description(),
                product.category(),
                money(product.basePrice()),
                product.status(),
                variant.name(),
                variant.sku(),
                money(variant.price()),
                String.valueOf(variant.stockQuantity()),
                String.valueOf(variant.lowStockThreshold())));
    attributeKeys.forEach(key -> cells.add(variant.attributes().get(key)));
    return cells.stream().map(cell -> cell == null ? "" : cell).toList();
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
