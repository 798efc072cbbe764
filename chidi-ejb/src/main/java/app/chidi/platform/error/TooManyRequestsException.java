package app.chidi.platform.error;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** A rate limit was reached; the caller may try again after {@link #retryAfter()}. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends BusinessException {

  private final Duration retryAfter;

  public TooManyRequestsException(Duration retryAfter) {
    super(ErrorKind.TOO_MANY_REQUESTS, "request/rate-limited", "Too many requests");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
