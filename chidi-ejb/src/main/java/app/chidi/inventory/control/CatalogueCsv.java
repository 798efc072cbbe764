package app.chidi.inventory.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads an uploaded catalogue file into a {@link CsvTable}: UTF-8 with or without a byte order
 * mark, comma, semicolon or tab separated, quoted values may hold delimiters, quotes and line
 * breaks. Blank records are skipped and cells are trimmed.
 */
@ApplicationScoped
public class CatalogueCsv {

  /**
   * @throws CatalogueFileException when the file is empty, is not UTF-8 or not CSV, or its header
   *     has a blank or repeated name
   */
  public CsvTable read(byte[] bytes) {
    var text = decode(bytes);
    var delimiter = DelimiterSniffer.detect(text);
    var records = records(text, delimiter);
    if (records.isEmpty()) {
      throw new CatalogueFileException(CatalogueFileException.EMPTY, "The file is empty");
    }
    var headers = checked(records.get(0).cells());
    var rows = records.subList(1, records.size()).stream().map(r -> fit(r, headers.size()));
    return new CsvTable(delimiter, headers, rows.toList());
  }

  private static String decode(byte[] bytes) {
    var input = ByteBuffer.wrap(bytes);
    try {
      var text = strictUtf8().decode(input).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new CatalogueFileException(
          CatalogueFileException.UNREADABLE,
          "The file is not UTF-8 text (line "
              + lineAt(bytes, input.position())
              + " holds bytes that are not UTF-8); save it as \"CSV UTF-8\" and upload it again");
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static long lineAt(byte[] bytes, int position) {
    var line = 1L;
    for (var i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static List<CsvRow> records(String text, char delimiter) {
    var format =
        CSVFormat.Builder.create()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    try (var parser = format.parse(new StringReader(text))) {
      return nonBlankRecords(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CsvRow> nonBlankRecords(CSVParser parser) {
    var records = new ArrayList<CsvRow>();
    var linesRead = 0L;
    var iterator = parser.iterator();
    try {
      while (iterator.hasNext()) {
        var record = iterator.next();
        linesRead = parser.getCurrentLineNumber();
        if (record.stream().anyMatch(cell -> !cell.isEmpty())) {
          records.add(new CsvRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
        }
      }
    } catch (UncheckedIOException e) {
      throw notCsv(linesRead + 1);
    }
    return records;
  }

  private static CatalogueFileException notCsv(long line) {
    return new CatalogueFileException(
        CatalogueFileException.UNREADABLE,
        "The file is not valid CSV near line "
            + line
            + ": look for a quote that is not closed or text right after a closing quote");
  }

  private static List<String> checked(List<String> headers) {
    var seen = new HashSet<String>();
    for (var i = 0; i < headers.size(); i++) {
      var name = headers.get(i);
      if (name.isEmpty()) {
        throw new CatalogueFileException(
            CatalogueFileException.INVALID_HEADER,
            "Column " + (i + 1) + " has no name in the header row");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new CatalogueFileException(
            CatalogueFileException.INVALID_HEADER,
            "The header '" + name + "' appears more than once");
      }
    }
    return headers;
  }

  /** Pads a short record with empty cells and drops empty cells past the header's width. */
  private static CsvRow fit(CsvRow record, int width) {
    var cells = new ArrayList<>(record.cells());
    while (cells.size() < width) {
      cells.add("");
    }
    while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return new CsvRow(record.row(), cells);
  }
}
