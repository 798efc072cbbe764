package app.chidi.inventory.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A committed catalogue import. Large files run in the background: the job keeps the file until it
 * is done, so a restart resumes it from {@link #processedRows()}, and its counters show progress.
 */
@Entity
@Table(name = "import_jobs")
public class ImportJob {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id")
  @Convert(converter = NullableUuid.class)
  private UUID userId;

  @Column(name = "file_name")
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status;

  @Column private String content;

  @Column(nullable = false)
  private String mapping;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "processed_rows", nullable = false)
  private int processedRows;

  @Column(nullable = false)
  private int imported;

  @Column(nullable = false)
  private int updated;

  @Column(nullable = false)
  private int failed;

  @Column(nullable = false)
  private String errors;

  @Column private String failure;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected ImportJob() {}

  /**
   * @param content the file as text, kept until the job is done
   * @param mappingJson the column mapping as a JSON object
   */
  public ImportJob(
      UUID businessId,
      UUID userId,
      String fileName,
      String content,
      String mappingJson,
      int totalRows) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = userId;
    this.fileName = fileName;
    this.content = content;
    this.mapping = mappingJson;
    this.totalRows = totalRows;
    this.status = ImportStatus.QUEUED;
    this.errors = "[]";
    this.createdAt = OffsetDateTime.now();
  }

  /** Records the rows done so far and the running totals. */
  public void progress(int processedRows, int imported, int updated, int failed, String errors) {
    this.status = ImportStatus.RUNNING;
    this.processedRows = processedRows;
    this.imported = imported;
    this.updated = updated;
    this.failed = failed;
    this.errors = errors;
  }

  /** The import is complete; the file is let go. */
  public void finish(OffsetDateTime at) {
    this.status = ImportStatus.DONE;
    this.processedRows = totalRows;
    this.content = null;
    this.finishedAt = at;
  }

  /** The import stopped for good; the rows done so far stay. */
  public void fail(String reason, OffsetDateTime at) {
    this.status = ImportStatus.FAILED;
    this.failure = reason;
    this.content = null;
    this.finishedAt = at;
  }

  public boolean finished() {
    return status == ImportStatus.DONE || status == ImportStatus.FAILED;
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public UUID userId() {
    return userId;
  }

  public String fileName() {
    return fileName;
  }

  public ImportStatus status() {
    return status;
  }

  public String content() {
    return content;
  }

  public String mapping() {
    return mapping;
  }

  public int totalRows() {
    return totalRows;
  }

  public int processedRows() {
    return processedRows;
  }

  public int imported() {
    return imported;
  }

  public int updated() {
    return updated;
  }

  public int failed() {
    return failed;
  }

  public String errors() {
    return errors;
  }

  public String failure() {
    return failure;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }
}
