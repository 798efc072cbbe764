/**
 * How the chat understands the owner: a local grammar for rules and their changes, the chat's
 * message log, and the proposals waiting for confirmation.
 */
package app.chidi.chat.control;
