/**
 * The inventory pages of the dashboard: the product list, the product form, the stock adjustment
 * dialog and the CSV import wizard. Beans here hold page state, call {@code Inventory} and {@code
 * CatalogueImport}, and turn their refusals into messages next to the field concerned.
 */
package app.chidi.inventory.faces;
