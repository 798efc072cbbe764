/**
 * Inventory as other components see it. Availability reaches the assistant as a status (available,
 * low, out of stock) with prices and alternatives, never as a stock count.
 */
package app.chidi.inventory.boundary;
