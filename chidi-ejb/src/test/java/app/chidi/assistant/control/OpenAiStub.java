package app.chidi.assistant.control;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * OpenAI's chat completions API ({@code POST /v1/chat/completions}, {@code Authorization: Bearer}):
 * answers carry {@code choices[0].message} with {@code content} or {@code tool_calls}, and a {@code
 * finish_reason} of {@code stop} or {@code tool_calls}.
 */
public final class OpenAiStub extends ModelStub {

  public OpenAiStub() {
    super("/v1/chat/completions");
  }

  @Override
  protected boolean authorised(HttpExchange exchange) {
    return ("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"));
  }

  public static Answer text(String content) {
    return Answer.ok(
        completion(
            Json.createObjectBuilder().add("role", "assistant").add("content", content), "stop"));
  }

  /** A call of {@code tool} with {@code arguments}, the JSON text the model wrote. */
  public static Answer toolCall(String id, String tool, String arguments) {
    JsonObjectBuilder message =
        Json.createObjectBuilder()
            .add("role", "assistant")
            .addNull("content")
            .add(
                "tool_calls",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("id", id)
                            .add("type", "function")
                            .add(
                                "function",
                                Json.createObjectBuilder()
                                    .add("name", tool)
                                    .add("arguments", arguments))));
    return Answer.ok(completion(message, "tool_calls"));
  }

  private static String completion(JsonObjectBuilder message, String finishReason) {
    return Json.createObjectBuilder()
        .add("id", "chatcmpl-stub")
        .add("object", "chat.completion")
        .add("created", 1_700_000_000)
        .add("model", "gpt-4o-mini")
        .add(
            "choices",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", message)
                        .add("finish_reason", finishReason)))
        .add(
            "usage",
            Json.createObjectBuilder()
                .add("prompt_tokens", 10)
                .add("completion_tokens", 5)
                .add("total_tokens", 15))
        .build()
        .toString();
  }
}
