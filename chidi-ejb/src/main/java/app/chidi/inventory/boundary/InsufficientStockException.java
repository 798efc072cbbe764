package app.chidi.inventory.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** An adjustment would take stock below zero (or past the largest count CHIDI keeps). */
public class InsufficientStockException extends BusinessException {

  public InsufficientStockException(String sku, int onHand, int adjustment) {
    super(
        ErrorKind.CONFLICT,
        "inventory/insufficient-stock",
        "Cannot change the stock of "
            + sku
            + " by "
            + adjustment
            + ": only "
            + onHand
            + " on hand");
  }
}
