package app.chidi.inventory.control;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/**
 * A catalogue CSV file cannot be imported as a whole: it is empty, unreadable, has a bad header or
 * lacks required columns, or the column mapping is wrong. Problems with single rows are reported as
 * {@link RowError}s instead.
 */
@ApplicationException(rollback = true)
public class CatalogueFileException extends BusinessException {

  public static final String EMPTY = "inventory/import-empty";
  public static final String UNREADABLE = "inventory/import-unreadable";
  public static final String INVALID_HEADER = "inventory/import-invalid-header";
  public static final String INVALID_MAPPING = "inventory/import-invalid-mapping";
  public static final String MISSING_COLUMNS = "inventory/import-missing-columns";

  public CatalogueFileException(String code, String message) {
    super(ErrorKind.INVALID_INPUT, code, message);
  }
}
