/**
 * Notification pages: the bell in the dashboard's top bar (unread badge, latest list, live toasts),
 * the notifications page with its per-type preferences, and the development mailbox, which shows
 * the mails CHIDI would have sent while no SMTP server is configured.
 */
package app.chidi.notification.faces;
