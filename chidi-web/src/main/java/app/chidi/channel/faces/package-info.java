/**
 * The conversations page of the dashboard: customers' conversations with CHIDI's drafts, and the
 * actions of the approval flow (send as is, edit and send after a preview, resolve, take over); and
 * the sandbox page, where someone of the business writes as a customer.
 */
package app.chidi.channel.faces;
