package app.chidi.notification.sse;

import java.util.concurrent.CompletionStage;

/**
 * Where one open stream writes its server-sent events: the JAX-RS sink of the API's stream, or the
 * asynchronous servlet response of the dashboard's. A failed stage means the client went away.
 */
interface EventSink {

  /** One event; {@code id} may be {@code null} (updates carry none). */
  CompletionStage<?> event(String name, String id, String data);

  /** A comment line, which clients ignore (the heartbeat). */
  CompletionStage<?> comment(String text);

  boolean isClosed();

  void close();
}
