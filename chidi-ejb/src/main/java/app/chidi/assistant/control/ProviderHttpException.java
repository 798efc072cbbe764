package app.chidi.assistant.control;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A language model provider's error answer, with the wait it asked for in {@code Retry-After}.
 * LangChain4j maps it to its own exceptions (429 to {@code RateLimitException}, 5xx to {@code
 * InternalServerException}) and keeps it as their cause.
 */
class ProviderHttpException extends HttpException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  ProviderHttpException(int statusCode, String body, Duration retryAfter) {
    super(statusCode, body);
    this.retryAfter = retryAfter;
  }

  /** The wait the provider asked for; empty when it named none. */
  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The provider error among the causes of {@code failure}, if there is one. */
  static Optional<ProviderHttpException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProviderHttpException provider) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }
}
