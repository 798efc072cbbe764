/** Background work of the inventory: large catalogue imports. */
package app.chidi.inventory.messaging;
