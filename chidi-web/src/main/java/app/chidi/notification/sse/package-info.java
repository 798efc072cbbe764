/**
 * Live notification streams (server-sent events) of this instance: who is connected, per business
 * and person, and pushing each {@code NotificationPublished} event to the streams it is for.
 */
package app.chidi.notification.sse;
