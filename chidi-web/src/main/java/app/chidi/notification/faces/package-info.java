/**
 * Notification pages: for now the development mailbox, which shows the mails CHIDI would have sent
 * while no SMTP server is configured.
 */
package app.chidi.notification.faces;
