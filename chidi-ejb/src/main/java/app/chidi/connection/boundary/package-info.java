/**
 * Connections: linking a business's WhatsApp number or Instagram account to CHIDI, keeping their
 * tokens sealed at rest and renewed, and cutting them. The one Graph API call that verifies a
 * connection runs inside the request's transaction, bounded by a 10-second HTTP timeout well below
 * the JTA timeout; renewal runs once a day on each instance and locks each row it works on, so
 * instances never renew the same token twice.
 */
package app.chidi.connection.boundary;
