package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleDraft;
import app.chidi.assistant.boundary.Turn;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Asks the owner's language models ({@link OwnerModels}) what the owner's words make of the rules,
 * offering {@link RuleFunctions}; empty when no model answered, and the chat reads the words with
 * its own grammar.
 */
@ApplicationScoped
public class RuleModelEngine {

  @Inject OwnerModels models;

  /**
   * @param prompt the system message ({@link RulePrompt})
   * @param recent the chat's latest turns, oldest first: role {@code owner} or {@code chidi}
   * @param ruleIds the business's rules, which alone may be changed or removed
   */
  public Optional<RuleDraft> draft(
      String prompt, List<Turn> recent, String message, Set<UUID> ruleIds) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(prompt));
    recent.forEach(
        t ->
            messages.add(
                "owner".equals(t.role()) ? UserMessage.from(t.text()) : AiMessage.from(t.text())));
    messages.add(UserMessage.from(message));
    return models
        .chat(
            ChatRequest.builder()
                .messages(messages)
                .toolSpecifications(RuleFunctions.specifications())
                .build())
        .map(reply -> read(reply, ruleIds));
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
