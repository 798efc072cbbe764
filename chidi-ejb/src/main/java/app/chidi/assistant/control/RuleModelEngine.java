package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleDraft;
import app.chidi.assistant.boundary.Turn;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Asks the configured language models, OpenAI first and then Anthropic, what the owner's words make
 * of the rules, offering {@link RuleFunctions}. Its own circuit breaker and time limit: a model
 * that fails here does not hold up the owner's chat, which then reads the words with the local
 * grammar (the empty answer).
 */
@ApplicationScoped
public class RuleModelEngine {

  private static final Logger LOG = Logger.getLogger(RuleModelEngine.class.getName());

  @Inject ChatModels models;

  /**
   * @param prompt the system message ({@link RulePrompt})
   * @param recent the chat's latest turns, oldest first: role {@code owner} or {@code chidi}
   * @param ruleIds the business's rules, which alone may be changed or removed
   */
  @Timeout(25_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
  @Fallback(fallbackMethod = "unanswered")
  public Optional<RuleDraft> draft(
      String prompt, List<Turn> recent, String message, Set<UUID> ruleIds) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(prompt));
    recent.forEach(
        t ->
            messages.add(
                "owner".equals(t.role()) ? UserMessage.from(t.text()) : AiMessage.from(t.text())));
    messages.add(UserMessage.from(message));
    ChatRequest request =
        ChatRequest.builder()
            .messages(messages)
            .toolSpecifications(RuleFunctions.specifications())
            .build();
    RuntimeException last = null;
    for (ChatModel model :
        Stream.of(models.openAi(), models.anthropic()).flatMap(Optional::stream).toList()) {
      try {
        return Optional.of(read(model.chat(request).aiMessage(), ruleIds));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Language model failed on a rule: {0}", e.toString());
        last = e;
      }
    }
    if (last != null) {
      throw last;
    }
    return Optional.empty();
  }

  Optional<RuleDraft> unanswered(
      String prompt, List<Turn> recent, String message, Set<UUID> ruleIds) {
    return Optional.empty();
  }

  /**
   * The first function call the model made, or its words. A call of an unknown function or with
   * arguments not of the shape asked for is a question back, never a guess.
   */
  private static RuleDraft read(AiMessage reply, Set<UUID> ruleIds) {
    if (!reply.hasToolExecutionRequests()) {
      return new RuleDraft.Say(reply.text() == null ? "" : reply.text().strip());
    }
    ToolExecutionRequest call = reply.toolExecutionRequests().get(0);
    return RuleFunctions.read(call, ruleIds)
        .orElse(
            new RuleDraft.Say(
                "I am not sure which rule you mean or what to change. Could you say it again,"
                    + " naming the rule?"));
  }
}
