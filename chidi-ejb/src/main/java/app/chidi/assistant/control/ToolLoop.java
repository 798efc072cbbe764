package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Turn;
import app.chidi.platform.json.CachedJson;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Talks with a language model until it answers: each tool call it asks for is run through {@link
 * ShopTools} and its result sent back, for at most {@value #MOST_ROUNDS} rounds. The model ends
 * with a text answer or by calling {@code escalate}; every call and result is kept.
 */
@ApplicationScoped
public class ToolLoop {

  static final int MOST_ROUNDS = 4;

  @Inject ShopTools tools;

  public ModelAnswer run(ChatModel model, String engine, ModelQuestion question) {
    List<ChatMessage> messages = conversation(question);
    ToolFindings findings = new ToolFindings();
    for (int round = 0; round < MOST_ROUNDS; round++) {
      ChatRequest request =
          ChatRequest.builder()
              .messages(messages)
              .toolSpecifications(ShopTools.specifications())
              .build();
      AiMessage reply = model.chat(request).aiMessage();
      if (!reply.hasToolExecutionRequests()) {
        return new ModelAnswer(engine, reply.text(), null, findings);
      }
      messages.add(reply);
      for (ToolExecutionRequest call : reply.toolExecutionRequests()) {
        if (ShopTools.ESCALATE.equals(call.name())) {
          findings.record(new ToolFindings.Call(call.name(), call.arguments(), ""));
          return new ModelAnswer(engine, reply.text(), reason(call), findings);
        }
        String result = tools.execute(call, question.currency(), findings);
        messages.add(ToolExecutionResultMessage.from(call, result));
      }
    }
    return new ModelAnswer(
        engine, null, "the model did not answer within " + MOST_ROUNDS + " tool rounds", findings);
  }

  private static List<ChatMessage> conversation(ModelQuestion question) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(ShopPrompt.of(question)));
    for (Turn turn : question.message().history()) {
      messages.add(
          turn.fromCustomer() ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
    }
    messages.add(UserMessage.from(question.message().text()));
    return messages;
  }

  private static String reason(ToolExecutionRequest call) {
    try {
      String reason =
          CachedJson.createReader(new StringReader(call.arguments()))
              .readObject()
              .getString("reason", "")
              .strip();
      return "the model hands it to a person" + (reason.isEmpty() ? "" : ": " + reason);
    } catch (JsonException | ClassCastException e) {
      return "the model hands it to a person";
    }
  }
}
