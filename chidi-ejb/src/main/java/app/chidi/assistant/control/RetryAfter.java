package app.chidi.assistant.control;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import java.time.Duration;

/**
 * Honours a provider's {@code Retry-After}. MicroProfile Fault Tolerance's {@code @Retry} waits a
 * fixed delay and cannot read the failure, so a busy provider (429 or 5xx) is waited for here, as
 * long as it asked, before {@link ModelBusyException} lets {@code @Retry} try again; a provider
 * that asks for longer than CHIDI may wait is given up on, so the next engine answers at once.
 */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * What to throw after {@code failure}: {@link ModelBusyException} (retried) once the wait the
   * provider asked for is over, {@link ModelUnavailableException} when it asks for more than {@code
   * longest}, and {@code failure} itself when it is not worth retrying.
   */
  static RuntimeException after(RuntimeException failure, Duration longest) {
    if (!(failure instanceof RateLimitException || failure instanceof InternalServerException)) {
      return failure;
    }
    Duration wait =
        ProviderHttpException.in(failure)
            .flatMap(ProviderHttpException::retryAfter)
            .orElse(Duration.ZERO);
    if (wait.compareTo(longest) > 0) {
      return new ModelUnavailableException("asks to wait " + wait.toSeconds() + " s", failure);
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ModelUnavailableException("interrupted while waiting to retry", failure);
    }
    return new ModelBusyException(failure);
  }
}
