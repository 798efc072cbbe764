package app.chidi.inventory.boundary;

import app.chidi.inventory.control.CatalogueCsv;
import app.chidi.inventory.control.CatalogueWriter;
import app.chidi.inventory.control.ColumnMapping;
import app.chidi.inventory.control.CsvTable;
import app.chidi.inventory.control.ImportPlan;
import app.chidi.inventory.control.ImportRowParser;
import app.chidi.inventory.control.ProductGroup;
import app.chidi.inventory.control.ProductRepository;
import app.chidi.inventory.entity.ImportJob;
import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.NotificationPriority;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a queued import in chunks of about {@value #CHUNK_ROWS} rows, each in its own transaction,
 * so progress shows while it runs and a redelivered message resumes after the last chunk that
 * committed. Upserting by SKU makes a repeated chunk harmless.
 */
@Stateless
@Tenanted
public class ImportRunner {

  static final int CHUNK_ROWS = 2000;
  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Resource SessionContext context;
  @PersistenceContext EntityManager em;
  @Inject CatalogueCsv csv;
  @Inject ImportRowParser parser;
  @Inject ProductRepository products;
  @Inject CatalogueWriter writer;
  @Inject Notifications notifications;

  /** Runs the job to its end; a job already finished is left alone. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(UUID jobId) {
    ImportRunner self = context.getBusinessObject(ImportRunner.class);
    try {
      Optional<Remaining> remaining = self.start(jobId);
      if (remaining.isEmpty()) {
        return;
      }
      for (List<ProductGroup> chunk : chunks(remaining.get().groups())) {
        self.write(jobId, chunk);
      }
      self.finish(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Catalogue import " + jobId + " failed", e);
      self.fail(jobId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The product groups still to write; on the first run, the failed rows are counted too. */
  public Optional<Remaining> start(UUID jobId) {
    ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.finished()) {
      return Optional.empty();
    }
    CsvTable table = csv.read(job.content().getBytes(StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    Map<String, String> mapping = CatalogueImport.JSON.fromJson(job.mapping(), Map.class);
    ColumnMapping columns = new ColumnMapping(mapping);
    ImportPlan plan = parser.plan(table, columns);
    int failed = CatalogueImport.failedRows(plan);
    if (job.processedRows() == 0) {
      job.progress(
          failed, 0, 0, failed, CatalogueImport.JSON.toJson(CatalogueImport.errors(plan.errors())));
    }
    int written = job.processedRows() - failed;
    List<ProductGroup> remaining = new ArrayList<>();
    int rows = 0;
    for (ProductGroup group : plan.products()) {
      if (rows >= written) {
        remaining.add(group);
      }
      rows += group.variants().size();
    }
    return Optional.of(new Remaining(remaining));
  }

  /** Writes one chunk and records the progress, in one transaction. */
  public void write(UUID jobId, List<ProductGroup> chunk) {
    ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    CatalogueWriter.Written written =
        writer.write(chunk, job.businessId(), products.currencyOf(job.businessId()), job.userId());
    int rows = chunk.stream().mapToInt(group -> group.variants().size()).sum();
    job.progress(
        job.processedRows() + rows,
        job.imported() + written.imported(),
        job.updated() + written.updated(),
        job.failed(),
        job.errors());
  }

  public void finish(UUID jobId) {
    ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    job.finish(OffsetDateTime.now());
    notify(
        job,
        NotificationPriority.LOW,
        "Catalogue import finished",
        job.totalRows()
            + " rows: "
            + job.imported()
            + " new, "
            + job.updated()
            + " updated, "
            + job.failed()
            + " failed.");
  }

  public void fail(UUID jobId, String reason) {
    ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || job.finished()) {
      return;
    }
    job.fail(reason, OffsetDateTime.now());
    notify(
        job,
        NotificationPriority.HIGH,
        "Catalogue import failed",
        "Stopped after " + job.processedRows() + " of " + job.totalRows() + " rows: " + reason);
  }

  private void notify(ImportJob job, NotificationPriority priority, String title, String content) {
    notifications.raise(
        new NewNotification(
            job.businessId(),
            "import_done",
            priority,
            title,
            content,
            Map.of("job_id", job.id().toString(), "link", "/dashboard/inventory.xhtml")));
  }

  private static List<List<ProductGroup>> chunks(List<ProductGroup> groups) {
    List<List<ProductGroup>> chunks = new ArrayList<>();
    List<ProductGroup> current = new ArrayList<>();
    int rows = 0;
    for (ProductGroup group : groups) {
      current.add(group);
      rows += group.variants().size();
      if (rows >= CHUNK_ROWS) {
        chunks.add(current);
        current = new ArrayList<>();
        rows = 0;
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** The groups of a job still to be written. */
  public record Remaining(List<ProductGroup> groups) {}
}
