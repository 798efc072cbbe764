package app.chidi.inventory.faces;

import app.chidi.inventory.boundary.CatalogueImport;
import app.chidi.inventory.boundary.ImportJobView;
import app.chidi.inventory.boundary.ImportPreview;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code dashboard/inventory-import.xhtml}: the CSV import wizard. Upload a file, check which
 * column fills what, preview what each row would do, then import and follow the progress. The file
 * stays in the view until the import is committed.
 */
@Named
@ViewScoped
public class InventoryImportBacking implements Serializable {

  /** The wizard's steps, in order. */
  public enum Step {
    UPLOAD("Upload"),
    MAP("Match columns"),
    PREVIEW("Preview"),
    IMPORT("Import");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final String FORM = "wizard";

  @Inject CatalogueImport imports;
  @Inject HttpServletRequest request;

  private Step step = Step.UPLOAD;
  private String fileName;
  private byte[] content;
  private List<ColumnChoice> columns = new ArrayList<>();
  private UUID jobId;
  private transient ImportPreview preview;
  private transient ImportJobView job;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > MAX_BYTES) {
      PageMessages.error(null, "The file is larger than 10 MB: split it and import each part.");
      return;
    }
    try {
      start(file.getFileName(), file.getContent());
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  /** Keeps the file and the columns as the import guessed them from the headers. */
  private void start(String name, byte[] file) {
    ImportPreview guessed = imports.preview(file, Map.of());
    content = file;
    fileName = name;
    columns = new ArrayList<>();
    guessed.columns().forEach(h -> columns.add(new ColumnChoice(h, guessed.mapping().get(h))));
    step = Step.MAP;
  }

  public void showPreview() {
    if (!getMissing().isEmpty()) {
      PageMessages.error(null, "Choose a column for: " + getMissingText() + ".");
      return;
    }
    try {
      preview = imports.preview(content, ColumnChoice.mapping(columns));
      step = Step.PREVIEW;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  public void confirm() {
    if (!Permissions.canChange(request)) {
      PageMessages.error(null, "Your role can look at the catalogue but not import into it.");
      return;
    }
    try {
      job = imports.commit(content, fileName, ColumnChoice.mapping(columns));
      jobId = job.jobId();
      step = Step.IMPORT;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  /** Polled while a background import runs. */
  public void refresh() {
    job = imports.job(jobId);
  }

  public void backToUpload() {
    step = Step.UPLOAD;
    content = null;
    columns = new ArrayList<>();
    preview = null;
    job = null;
    jobId = null;
  }

  public void backToMapping() {
    step = Step.MAP;
  }

  public ImportPreview getPreview() {
    if (preview == null && step == Step.PREVIEW) {
      preview = imports.preview(content, ColumnChoice.mapping(columns));
    }
    return preview;
  }

  public ImportJobView getJob() {
    if (job == null && jobId != null) {
      refresh();
    }
    return job;
  }

  /** Whether a committed import still runs in the background. */
  public boolean isRunning() {
    return getJob() != null && !getJob().finished();
  }

  public List<String> getMissing() {
    return ColumnChoice.missing(columns);
  }

  public String getMissingText() {
    return String.join(", ", getMissing());
  }

  public List<ColumnChoice.Target> getTargets() {
    return ColumnChoice.targets(columns);
  }

  public List<Step> getSteps() {
    return List.of(Step.values());
  }

  public Step getStep() {
    return step;
  }

  public String getFileName() {
    return fileName;
  }

  public List<ColumnChoice> getColumns() {
    return columns;
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }
}
