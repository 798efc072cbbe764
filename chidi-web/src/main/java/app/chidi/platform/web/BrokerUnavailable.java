package app.chidi.platform.web;

import app.chidi.platform.messaging.MessagingException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.ws.rs.core.Response;

/**
 * A request that could not hand its work to the message broker (down or restarting): nothing was
 * stored, since the queueing is part of the request's transaction. Answered 503 {@code
 * server/unavailable} with a {@code Retry-After}, so a caller such as Meta's webhook delivery tries
 * again, instead of a 500 that reads as a fault of the request.
 */
final class BrokerUnavailable {

  private static final long RETRY_AFTER_SECONDS = 5;

  private BrokerUnavailable() {}

  static boolean causedBy(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof MessagingException
          || cause instanceof JMSException
          || cause instanceof JMSRuntimeException) {
        return true;
      }
    }
    return false;
  }

  static Response response() {
    return Problem.of(
            Response.Status.SERVICE_UNAVAILABLE,
            "server/unavailable",
            "CHIDI cannot take this request just now; nothing was stored. Try again shortly.")
        .withRetryAfter(RETRY_AFTER_SECONDS)
        .toResponse();
  }
}
