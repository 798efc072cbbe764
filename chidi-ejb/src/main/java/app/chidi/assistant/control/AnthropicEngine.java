package app.chidi.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The fallback language model: Anthropic's messages API. Empty when it is not configured; when it
 * fails too, the answer is empty and the local engine's reply stands, so an outage never reaches
 * the customer.
 */
@ApplicationScoped
public class AnthropicEngine {

  private static final Logger LOG = Logger.getLogger(AnthropicEngine.class.getName());

  @Inject ChatModels models;
  @Inject ToolLoop loop;

  @Timeout(25_000)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ModelBusyException.class)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @Bulkhead(8)
  @Fallback(fallbackMethod = "none")
  public Optional<ModelAnswer> answer(ModelQuestion question) {
    if (models.anthropic().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(loop.run(models.anthropic().get(), "anthropic", question));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anthropic engine failed: {0}", e.toString());
      throw RetryAfter.after(e, models.longestWait());
    }
  }

  Optional<ModelAnswer> none(ModelQuestion question) {
    return Optional.empty();
  }
}
