package app.chidi.inventory.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No product (or variant) with that id in this business. */
public class ProductNotFoundException extends BusinessException {

  public ProductNotFoundException(String what) {
    super(ErrorKind.NOT_FOUND, "inventory/not-found", what + " not found");
  }
}
