package app.chidi.inventory.entity;

/**
 * What a customer may be told about a variant's stock: never the number, only one of these. A
 * variant at or under its low-stock threshold (and above zero) is {@link #LOW_STOCK}.
 */
public enum StockStatus {
  AVAILABLE,
  LOW_STOCK,
  OUT_OF_STOCK;

  /**
   * @param stockQuantity units on hand, never negative
   * @param lowStockThreshold the level at or under which stock counts as low
   */
  public static StockStatus of(int stockQuantity, int lowStockThreshold) {
    if (stockQuantity <= 0) {
      return OUT_OF_STOCK;
    }
    return stockQuantity <= lowStockThreshold ? LOW_STOCK : AVAILABLE;
  }

  /** Whether a customer can buy it now. */
  public boolean purchasable() {
    return this != OUT_OF_STOCK;
  }
}
