/** The catalogue: products, their variants, and the audit trail of stock movements. */
package app.chidi.inventory.entity;
