/** The database schema: versioned migrations applied at start as the owning role. */
package app.chidi.platform.database;
