package app.chidi.inventory.entity;

/** Whether a product is offered: archived products are kept for history but hidden. */
public enum ProductStatus {
  ACTIVE,
  INACTIVE,
  ARCHIVED
}
