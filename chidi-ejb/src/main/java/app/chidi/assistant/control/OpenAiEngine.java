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
 * The primary language model: OpenAI or any server that speaks its chat completions API. When it
 * fails, times out, is busy for longer than CHIDI waits, or its circuit is open, {@link
 * AnthropicEngine} answers instead. The limits can be tuned with Fault Tolerance's MicroProfile
 * Config keys ({@code app.chidi.assistant.control.OpenAiEngine/answer/Timeout/value}, ...).
 */
@ApplicationScoped
public class OpenAiEngine {

  private static final Logger LOG = Logger.getLogger(OpenAiEngine.class.getName());

  @Inject ChatModels models;
  @Inject ToolLoop loop;
  @Inject AnthropicEngine anthropic;

  @Timeout(25_000)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ModelBusyException.class)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @Bulkhead(8)
  @Fallback(fallbackMethod = "fromAnthropic")
  public Optional<ModelAnswer> answer(ModelQuestion question) {
    try {
      return Optional.of(loop.run(models.openAi().orElseThrow(), "openai", question));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "OpenAI engine failed: {0}", e.toString());
      throw RetryAfter.after(e, models.longestWait());
    }
  }

  Optional<ModelAnswer> fromAnthropic(ModelQuestion question) {
    return anthropic.answer(question);
  }
}
