package app.chidi.assistant.control;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;

/**
 * Anthropic's messages API ({@code POST /v1/messages}): the key may come as {@code x-api-key} or as
 * {@code Authorization: Bearer}; answers carry {@code content} blocks ({@code text} or {@code
 * tool_use}) and a {@code stop_reason} of {@code end_turn} or {@code tool_use}. Results come back
 * as {@code tool_result} blocks of a user message.
 */
public final class AnthropicStub extends ModelStub {

  public AnthropicStub() {
    super("/v1/messages");
  }

  @Override
  protected boolean authorised(HttpExchange exchange) {
    var headers = exchange.getRequestHeaders();
    return API_KEY.equals(headers.getFirst("x-api-key"))
        || ("Bearer " + API_KEY).equals(headers.getFirst("Authorization"));
  }

  public static Answer text(String text) {
    return Answer.ok(
        message(Json.createObjectBuilder().add("type", "text").add("text", text), "end_turn"));
  }

  /** A call of {@code tool} with {@code input}, a JSON object. */
  public static Answer toolUse(String id, String tool, String input) {
    return Answer.ok(
        message(
            Json.createObjectBuilder()
                .add("type", "tool_use")
                .add("id", id)
                .add("name", tool)
                .add("input", Json.createReader(new StringReader(input)).readObject()),
            "tool_use"));
  }

  private static String message(JsonObjectBuilder block, String stopReason) {
    return Json.createObjectBuilder()
        .add("id", "msg_stub")
        .add("type", "message")
        .add("role", "assistant")
        .add("model", "claude-haiku-4-5")
        .add("content", Json.createArrayBuilder().add(block))
        .add("stop_reason", stopReason)
        .addNull("stop_sequence")
        .add("usage", Json.createObjectBuilder().add("input_tokens", 10).add("output_tokens", 5))
        .build()
        .toString();
  }
}
