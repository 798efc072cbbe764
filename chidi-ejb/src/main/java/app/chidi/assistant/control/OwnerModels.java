package app.chidi.assistant.control;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The language models as the owner's side of CHIDI uses them (rules taught in the chat, summaries
 * of the chat): OpenAI first, then Anthropic. Its own time limit and circuit breaker, apart from
 * the customers' engines: a model failing here never holds up the owner, whose words are then read
 * by CHIDI's own grammar and summaries made extractively (the empty answer).
 */
@ApplicationScoped
public class OwnerModels {

  private static final Logger LOG = Logger.getLogger(OwnerModels.class.getName());

  @Inject ChatModels models;

  public boolean configured() {
    return models.configured();
  }

  /** The first configured model's reply; empty when none is configured or none answered. */
  @Timeout(25_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @Fallback(fallbackMethod = "unanswered")
  public Optional<AiMessage> chat(ChatRequest request) {
    RuntimeException last = null;
    for (ChatModel model :
        Stream.of(models.openAi(), models.anthropic()).flatMap(Optional::stream).toList()) {
      try {
        return Optional.of(model.chat(request).aiMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Language model failed for the owner: {0}", e.toString());
        last = e;
      }
    }
    if (last != null) {
      throw last;
    }
    return Optional.empty();
  }

  Optional<AiMessage> unanswered(ChatRequest request) {
    return Optional.empty();
  }
}
