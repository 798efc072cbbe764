/** The connections API: list, connect by hand, disconnect, and Instagram's login round trip. */
package app.chidi.connection.rest;
