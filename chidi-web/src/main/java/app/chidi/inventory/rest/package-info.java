/** The inventory API (spec 5.1): products, stock, import and export, availability. */
package app.chidi.inventory.rest;
