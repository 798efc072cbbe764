/**
 * Notifications and mail: the one boundary through which components raise notifications, and
 * outgoing mail delivered through the JMS pipeline (SMTP, or the development mailbox).
 */
package app.chidi.notification.boundary;
