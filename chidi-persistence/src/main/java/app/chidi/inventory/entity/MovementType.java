package app.chidi.inventory.entity;

/** Why a stock level changed: the first count, a manual adjustment, an import, the owner's chat. */
public enum MovementType {
  INITIAL,
  ADJUSTMENT,
  IMPORT,
  CHAT,
  SALE
}
