package app.chidi.inventory.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** A product change that is well-formed but makes no sense: removing its last variant, say. */
public class InvalidProductException extends BusinessException {

  public InvalidProductException(String message) {
    super(ErrorKind.INVALID_INPUT, "inventory/invalid-product", message);
  }
}
