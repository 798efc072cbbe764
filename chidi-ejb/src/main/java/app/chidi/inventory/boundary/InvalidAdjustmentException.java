package app.chidi.inventory.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** An adjustment of zero units: nothing to record. */
public class InvalidAdjustmentException extends BusinessException {

  public InvalidAdjustmentException() {
    super(
        ErrorKind.INVALID_INPUT,
        "inventory/invalid-adjustment",
        "An adjustment must add or take away at least one unit");
  }
}
