package app.chidi.inventory.boundary;

import app.chidi.inventory.control.CatalogueCsv;
import app.chidi.inventory.control.CatalogueWriter;
import app.chidi.inventory.control.ColumnMapping;
import app.chidi.inventory.control.CsvTable;
import app.chidi.inventory.control.ImportPlan;
import app.chidi.inventory.control.ImportRowParser;
import app.chidi.inventory.control.ProductRepository;
import app.chidi.inventory.control.RowError;
import app.chidi.inventory.control.VariantRow;
import app.chidi.inventory.entity.ImportJob;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Catalogue import from CSV in three steps: map the columns (guessed from common headers, changed
 * by the user), preview what every row would do without writing, then commit. Small files are
 * written at once; larger ones become a background job that reports its progress and raises an
 * {@code import_done} notification when it ends.
 */
@Stateless
@Tenanted
public class CatalogueImport {

  static final int PREVIEW_ROWS = 200;
  static final int MAX_ERRORS = 1000;
  static final Jsonb JSON = JsonbBuilder.create();
  static final Type ERRORS = new ArrayList<ImportError>() {}.getClass().getGenericSuperclass();

  @PersistenceContext EntityManager em;
  @Inject CatalogueCsv csv;
  @Inject ImportRowParser parser;
  @Inject CatalogueWriter writer;
  @Inject ProductRepository products;
  @Inject MessageSender messages;

  @Resource(lookup = Destinations.IMPORT_QUEUE)
  Queue importQueue;

  @Inject
  @ConfigProperty(name = "chidi.inventory.import-background-rows", defaultValue = "500")
  int backgroundRows;

  /** What importing {@code file} would do; nothing is written. */
  public ImportPreview preview(byte[] file, Map<String, String> mapping) {
    CsvTable table = csv.read(file);
    ColumnMapping columns = columns(table, mapping);
    List<String> missing = columns.missingRequired();
    if (!missing.isEmpty()) {
      return new ImportPreview(
          String.valueOf(table.delimiter()),
          table.headers(),
          columns.targets(),
          missing,
          table.rows().size(),
          0,
          0,
          0,
          List.of(),
          List.of());
    }
    ImportPlan plan = parser.plan(table, columns);
    List<VariantRow> valid =
        plan.products().stream().flatMap(group -> group.variants().stream()).toList();
    Set<String> known =
        products.variantsBySku(valid.stream().map(row -> row.variant().sku()).toList()).keySet();
    List<ImportPreview.PreviewRow> rows = new ArrayList<>();
    plan.products()
        .forEach(
            group ->
                group.variants().stream()
                    .filter(row -> row.row() <= lastPreviewRow(table))
                    .forEach(
                        row ->
                            rows.add(
                                new ImportPreview.PreviewRow(
                                    row.row(),
                                    group.product().name(),
                                    row.variant().sku(),
                                    known.contains(row.variant().sku()) ? "update" : "create",
                                    List.of()))));
    List<ImportError> errors = errors(plan.errors());
    errors.stream()
        .filter(error -> error.row() <= lastPreviewRow(table))
        .map(ImportError::row)
        .distinct()
        .forEach(
            row ->
                rows.add(
                    new ImportPreview.PreviewRow(
                        row,
                        rawCell(table, columns, row, "name"),
                        rawCell(table, columns, row, "sku"),
                        "error",
                        errors.stream().filter(e -> e.row() == row).toList())));
    rows.sort(Comparator.comparingInt(ImportPreview.PreviewRow::row));
    int updates = (int) valid.stream().filter(row -> known.contains(row.variant().sku())).count();
    return new ImportPreview(
        String.valueOf(table.delimiter()),
        table.headers(),
        columns.targets(),
        List.of(),
        plan.totalRows(),
        valid.size() - updates,
        updates,
        failedRows(plan),
        rows,
        errors);
  }

  /**
   * Imports {@code file}: at once when it is small (the job comes back {@code done}), else as a
   * background job (it comes back {@code queued}; poll {@link #job}).
   */
  public ImportJobView commit(byte[] file, String fileName, Map<String, String> mapping) {
    CsvTable table = csv.read(file);
    ColumnMapping columns = columns(table, mapping);
    ImportPlan plan = parser.plan(table, columns);
    UUID business = TenantContext.business();
    UUID user = TenantContext.user();
    String mappingJson = JSON.toJson(columns.targets());
    if (plan.totalRows() <= backgroundRows) {
      ImportJob job = new ImportJob(business, user, fileName, null, mappingJson, plan.totalRows());
      em.persist(job);
      CatalogueWriter.Written written =
          writer.write(plan.products(), business, products.currencyOf(business), user);
      List<ImportError> errors = errors(plan.errors());
      job.progress(
          plan.totalRows(),
          written.imported(),
          written.updated(),
          failedRows(plan),
          JSON.toJson(errors));
      job.finish(OffsetDateTime.now());
      return ImportJobView.of(job, errors);
    }
    ImportJob job =
        new ImportJob(
            business,
            user,
            fileName,
            new String(file, StandardCharsets.UTF_8),
            mappingJson,
            plan.totalRows());
    em.persist(job);
    messages.send(importQueue, new ImportRequested(job.id(), business, user));
    return ImportJobView.of(job, List.of());
  }

  /** A committed import and its progress. */
  public ImportJobView job(UUID jobId) {
    ImportJob job = em.find(ImportJob.class, jobId);
    if (job == null) {
      throw new ProductNotFoundException("Import");
    }
    return ImportJobView.of(job, JSON.fromJson(job.errors(), ERRORS));
  }

  private ColumnMapping columns(CsvTable table, Map<String, String> mapping) {
    ColumnMapping auto = ColumnMapping.auto(table.headers());
    return mapping == null || mapping.isEmpty() ? auto : auto.withOverrides(mapping);
  }

  static int failedRows(ImportPlan plan) {
    return (int) plan.errors().stream().mapToInt(RowError::row).distinct().count();
  }

  static List<ImportError> errors(List<RowError> errors) {
    return errors.stream()
        .limit(MAX_ERRORS)
        .map(e -> new ImportError(e.row(), e.column(), e.error()))
        .toList();
  }

  /** What a failed row holds in the column mapped to {@code field}, as typed; null if none. */
  private static String rawCell(CsvTable table, ColumnMapping columns, int row, String field) {
    int column =
        table
            .headers()
            .indexOf(
                columns.targets().entrySet().stream()
                    .filter(target -> target.getValue().equals(field))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(""));
    return table.rows().stream()
        .filter(candidate -> candidate.row() == row)
        .findFirst()
        .filter(found -> column >= 0)
        .map(found -> found.cell(column))
        .filter(text -> !text.isBlank())
        .orElse(null);
  }

  private static int lastPreviewRow(CsvTable table) {
    return table.rows().size() <= PREVIEW_ROWS
        ? Integer.MAX_VALUE
        : table.rows().get(PREVIEW_ROWS - 1).row();
  }
}
