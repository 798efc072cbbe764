/** The Integrations page: each channel's connection, connecting and disconnecting them. */
package app.chidi.connection.faces;
