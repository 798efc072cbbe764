package app.chidi.e2e.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.control.AnthropicStub;
import app.chidi.assistant.control.ModelStub;
import app.chidi.assistant.control.OpenAiStub;
import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The engine chain as deployed in Payara Micro, with its Fault Tolerance: OpenAI and Anthropic are
 * stubs on 127.0.0.1 speaking their wire formats, configured through MicroProfile Config as {@code
 * CHIDI_OPENAI_*} / {@code CHIDI_ANTHROPIC_*} would be. It also proves LangChain4j and its Jackson
 * work beside Payara's own. The order matters: the failures add up in OpenAI's circuit breaker.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageModelFallbackIT {

  private static final OpenAiStub OPENAI = new OpenAiStub();
  private static final AnthropicStub ANTHROPIC = new AnthropicStub();
  private static final String DRESS = "Do you have the adire maxi dress?";

  /** The WAR, plus a config file that outranks the environment (ordinal 500). */
  @Deployment(testable = false)
  static WebArchive chidi() {
    String config =
        String.join(
            "\n",
            "config_ordinal=500",
            "chidi.openai.api-key=" + ModelStub.API_KEY,
            "chidi.openai.base-url=" + OPENAI.baseUrl(),
            "chidi.anthropic.api-key=" + ModelStub.API_KEY,
            "chidi.anthropic.base-url=" + ANTHROPIC.baseUrl(),
            "chidi.assistant.model-timeout-ms=1500");
    return Deployments.chidiWar()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "model-stubs-config.jar")
                .addAsManifestResource(new StringAsset(config), "microprofile-config.properties"));
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String token;

  @BeforeEach
  void setUp() {
    api = new Api(deployment);
    if (token == null) {
      JsonObject owner = Accounts.signUp(api, Accounts.freshEmail("models"), "Models Shop");
      token = owner.getJsonObject("session").getString("access_token");
      Api.Reply created =
          api.post(
              "/api/inventory/products",
              """
              {"name": "Adire Maxi Dress", "category": "dresses", "base_price": 15000,
               "variants": [{"sku": "ADIRE-M", "stock_quantity": 12, "low_stock_threshold": 3,
                             "attributes": {"size": "M"}}]}""",
              token);
      assertEquals(201, created.status(), created.body());
    }
  }

  @AfterAll
  static void stopStubs() {
    OPENAI.close();
    ANTHROPIC.close();
  }

  private JsonObject preview(String message) {
    Api.Reply reply =
        api.post("/api/assistant/preview", "{\"message\": \"" + message + "\"}", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  @Order(1)
  void aHardTriggerNeverReachesAModel() {
    JsonObject refund = preview("I want a refund for my dress");
    assertEquals("escalate", refund.getString("decision"));
    assertEquals("local", refund.getString("engine"));
    assertEquals(0, OPENAI.requests().size() + ANTHROPIC.requests().size());
  }

  @Test
  @Order(2)
  void whenOpenAiTimesOutAnthropicAnswersWithTheTools() {
    OPENAI.always(OpenAiStub.text("too late").after(4000));
    ANTHROPIC
        .then(
            AnthropicStub.toolUse(
                "toolu_1", "check_availability", "{\"product\": \"adire maxi dress\"}"))
        .then(AnthropicStub.text("Yes, the Adire Maxi Dress is available at ₦15,000."));
    JsonObject reply = preview(DRESS);
    assertEquals("anthropic", reply.getString("engine"), reply.toString());
    assertEquals("send", reply.getString("decision"), reply.toString());
    assertEquals("Yes, the Adire Maxi Dress is available at ₦15,000.", reply.getString("text"));
    assertEquals(
        1, reply.getJsonObject("reasons").getJsonObject("used").getJsonArray("products").size());
    assertTrue(ANTHROPIC.requests().get(1).contains("tool_result"));
  }

  @Test
  @Order(3)
  void a429IsRetriedOnceTheWaitItAsksForIsOver() {
    OPENAI.always(ModelStub.Answer.unavailable());
    OPENAI.then(ModelStub.Answer.rateLimited(1)).then(OpenAiStub.text("Hello! How can I help?"));
    int before = OPENAI.requests().size();
    long start = System.nanoTime();
    JsonObject reply = preview("hello");
    assertEquals("openai", reply.getString("engine"), reply.toString());
    assertEquals("Hello! How can I help?", reply.getString("text"));
    assertEquals(2, OPENAI.requests().size() - before);
    assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited as Retry-After asked");
  }

  @Test
  @Order(4)
  void whenBothAreDownTheLocalEngineAnswers() {
    OPENAI.always(ModelStub.Answer.unavailable());
    ANTHROPIC.always(ModelStub.Answer.unavailable());
    JsonObject reply = preview(DRESS);
    assertEquals("local", reply.getString("engine"), reply.toString());
    assertEquals("send", reply.getString("decision"), reply.toString());
    assertTrue(reply.getString("text").contains("Adire Maxi Dress"), reply.toString());
  }
}
