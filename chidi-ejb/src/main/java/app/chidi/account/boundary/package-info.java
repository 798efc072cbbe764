/**
 * Accounts and sessions: sign-up of an owner with their business, email verification, sign-in with
 * rotating refresh tokens, and the demo shop. Roles are enforced where requests enter.
 */
package app.chidi.account.boundary;
