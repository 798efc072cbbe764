package app.chidi.inventory.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** A SKU is already used by another variant of this business, or twice in one request. */
public class DuplicateSkuException extends BusinessException {

  public DuplicateSkuException(String sku) {
    super(ErrorKind.CONFLICT, "inventory/duplicate-sku", "SKU '" + sku + "' is already in use");
  }
}
