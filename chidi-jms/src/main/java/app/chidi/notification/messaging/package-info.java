/** Message-driven beans of the notification component: mail delivery. */
package app.chidi.notification.messaging;
