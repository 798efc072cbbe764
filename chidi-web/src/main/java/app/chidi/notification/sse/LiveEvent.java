package app.chidi.notification.sse;

import app.chidi.notification.boundary.NotificationPublished;

/**
 * A published event with its data already written as JSON, once for all the open streams.
 *
 * @param data {@code published.data()} as the stream sends it
 */
record LiveEvent(NotificationPublished published, String data) {}
