/**
 * Inventory's use cases: the catalogue and its stock, CSV import and export, and availability as
 * the assistant may see it — statuses, never numbers.
 */
package app.chidi.inventory.boundary;
