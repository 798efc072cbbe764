package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.Reply;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both language model engines against local servers speaking the OpenAI and Anthropic wire formats:
 * tool calls and their results round-trip, a 429 is waited out as {@code Retry-After} asks, a slow
 * provider times out, bad tool arguments reach the model as an error, and an answer the tools do
 * not back is escalated.
 */
class LanguageModelContractTest {

  private static final String DRESS = "{\"product\": \"red ankara dress\"}";

  private final OpenAiStub openAi = new OpenAiStub();
  private final AnthropicStub anthropic = new AnthropicStub();
  private final DemoShopModels shop =
      new DemoShopModels(openAi.baseUrl(), anthropic.baseUrl(), 2000);

  @AfterEach
  void stop() {
    openAi.close();
    anthropic.close();
  }

  private Reply reply(String message) {
    return shop.models.reply(shop.question(message), shop.shop.reply(message), 0.8).orElseThrow();
  }

  @Test
  void openAiToolCallsRoundTripAndAGroundedAnswerIsSent() {
    openAi
        .then(OpenAiStub.toolCall("call_1", "check_availability", DRESS))
        .then(OpenAiStub.text("Yes, the Red Ankara Dress is available at ₦18,000."));
    Reply reply = reply("Do you have the red ankara dress?");
    assertEquals(Reply.SEND, reply.decision(), reply.toString());
    assertEquals("openai", reply.engine());
    assertEquals(1, reply.reasons().used().products().size(), reply.toString());
    assertEquals(2, reply.reasons().used().variants().size(), "the dress's variants");
    String second = openAi.requests().get(1).replaceAll("\\s", "");
    assertTrue(second.contains("\"tool_call_id\":\"call_1\""), second);
    assertTrue(second.contains("\"role\":\"tool\""), second);
    assertTrue(second.contains("only a few left") || second.contains("available"), second);
    assertTrue(!second.matches("(?s).*\"stock_?quantity\".*"), "no stock numbers to the model");
  }

  @Test
  void anthropicToolUseRoundTripsWithToolResultBlocks() {
    DemoShopModels anthropicOnly = new DemoShopModels(null, anthropic.baseUrl(), 2000);
    anthropic
        .then(
            AnthropicStub.toolUse(
                "toolu_1", "quote_price", "{\"product\": \"red ankara dress\", \"quantity\": 4}"))
        .then(AnthropicStub.text("Four Red Ankara Dresses come to ₦64,800 after ₦7,200 off."));
    String message = "how much for 4 red ankara dresses";
    Reply reply =
        anthropicOnly
            .models
            .reply(anthropicOnly.question(message), anthropicOnly.shop.reply(message), 0.5)
            .orElseThrow();
    assertEquals("anthropic", reply.engine());
    assertEquals(Reply.SEND, reply.decision(), reply.toString());
    assertEquals(1, reply.reasons().used().rules().size(), "the discount rule");
    String second = anthropic.requests().get(1).replaceAll("\\s", "");
    assertTrue(second.contains("\"type\":\"tool_result\""), second);
    assertTrue(second.contains("\"tool_use_id\":\"toolu_1\""), second);
    assertTrue(second.contains("₦64,800"), second);
  }

  @Test
  void theAnthropicStubTakesTheKeyAsBearerToo() throws Exception {
    anthropic.then(AnthropicStub.text("hi"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(anthropic.baseUrl() + "/messages"))
                    .header("Authorization", "Bearer " + ModelStub.API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void a429IsWaitedOutAsRetryAfterAsksThenRetried() {
    openAi.then(ModelStub.Answer.rateLimited(1)).then(OpenAiStub.text("Hello!"));
    RateLimitException limited =
        assertThrows(RateLimitException.class, () -> loop(shop.chatModels.openAi().get()));
    long start = System.nanoTime();
    RuntimeException next = RetryAfter.after(limited, Duration.ofSeconds(2));
    assertInstanceOf(ModelBusyException.class, next);
    assertTrue(System.nanoTime() - start >= 950_000_000L, "waited the second asked for");
    assertEquals("Hello!", loop(shop.chatModels.openAi().get()).text());
  }

  @Test
  void aRetryAfterLongerThanCHIDIWaitsGoesToTheNextEngineAtOnce() {
    openAi.then(ModelStub.Answer.rateLimited(60));
    RateLimitException limited =
        assertThrows(RateLimitException.class, () -> loop(shop.chatModels.openAi().get()));
    assertInstanceOf(
        ModelUnavailableException.class, RetryAfter.after(limited, Duration.ofSeconds(2)));
  }

  @Test
  void aSlowProviderTimesOut() {
    openAi.always(OpenAiStub.text("late").after(3000));
    assertThrows(TimeoutException.class, () -> loop(shop.chatModels.openAi().get()));
  }

  @Test
  void malformedToolArgumentsReachTheModelAsAnError() {
    openAi
        .then(OpenAiStub.toolCall("call_1", "quote_price", "{\"product\": "))
        .then(OpenAiStub.toolCall("call_2", "quote_price", "{\"product\": 42}"))
        .then(OpenAiStub.text("Hello! How can I help?"));
    Reply reply = reply("hello");
    assertTrue(openAi.requests().get(1).contains("arguments not understood"));
    assertTrue(openAi.requests().get(2).contains("arguments not understood"));
    assertEquals("openai", reply.engine());
    assertEquals(LanguageModels.AFTER_TOOL_ERROR, reply.confidenceParts().grounding());
  }

  @Test
  void anAnswerThatContradictsTheToolsIsEscalatedWithTheDraftKept() {
    openAi
        .then(OpenAiStub.toolCall("c1", "check_availability", DRESS))
        .then(OpenAiStub.text("The Red Ankara Dress is ₦16,000 and we have 5 left."))
        .then(OpenAiStub.toolCall("c2", "check_availability", DRESS))
        .then(OpenAiStub.text("The Red Ankara Dress is ₦18,000 and delivery is free!"));
    Reply wrong = reply("Do you have the red ankara dress?");
    assertEquals(Reply.ESCALATE, wrong.decision());
    assertEquals("The Red Ankara Dress is ₦16,000 and we have 5 left.", wrong.text());
    assertTrue(
        wrong.reasons().escalation().contains("says ₦16,000, which no tool computed"),
        wrong.toString());
    assertTrue(
        wrong.reasons().escalation().stream().anyMatch(r -> r.startsWith("states a stock number")),
        wrong.toString());
    Reply promise = reply("Do you have the red ankara dress?");
    assertEquals(Reply.ESCALATE, promise.decision());
    assertEquals(
        java.util.List.of("promises free delivery, which no rule or policy says"),
        promise.reasons().escalation());
  }

  @Test
  void theModelsEscalateToolHandsItToAPerson() {
    openAi.then(
        OpenAiStub.toolCall("c1", "escalate", "{\"reason\": \"asks about a wedding order\"}"));
    Reply reply = reply("can you make 40 dresses for my wedding?");
    assertEquals(Reply.ESCALATE, reply.decision());
    assertEquals(
        java.util.List.of("the model hands it to a person: asks about a wedding order"),
        reply.reasons().escalation());
  }

  private ModelAnswer loop(dev.langchain4j.model.chat.ChatModel model) {
    return shop.openAi.loop.run(model, "openai", shop.question("hello"));
  }
}
