package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.ImportJob;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A committed import and how far it got: {@code queued}, {@code running}, {@code done} or {@code
 * failed}.
 *
 * @param percent rows processed, 0–100
 * @param failure why a failed import stopped, else {@code null}
 */
public record ImportJobView(
    UUID jobId,
    String status,
    String fileName,
    int totalRows,
    int processedRows,
    int percent,
    int imported,
    int updated,
    int failed,
    List<ImportError> errors,
    String failure,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt) {

  static ImportJobView of(ImportJob job, List<ImportError> errors) {
    int percent = job.totalRows() == 0 ? 100 : (int) (100L * job.processedRows() / job.totalRows());
    return new ImportJobView(
        job.id(),
        job.status().name().toLowerCase(Locale.ROOT),
        job.fileName(),
        job.totalRows(),
        job.processedRows(),
        percent,
        job.imported(),
        job.updated(),
        job.failed(),
        errors,
        job.failure(),
        job.createdAt(),
        job.finishedAt());
  }

  /** Whether the job has ended, done or failed. */
  public boolean finished() {
    return status.equals("done") || status.equals("failed");
  }
}
