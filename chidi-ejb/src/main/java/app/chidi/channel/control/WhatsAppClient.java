package app.chidi.channel.control;

import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The WhatsApp Cloud API: {@code POST /{phone_number_id}/messages}, free-form text within the
 * customer's 24-hour window, an approved template outside it.
 */
@ApplicationScoped
public class WhatsAppClient {

  /** 130429: the number's throughput is exceeded; 131056: too many to this one customer. */
  static final Set<String> THROTTLING = Set.of("130429", "131056");

  @Inject
  @ConfigProperty(name = "chidi.graph.api-url", defaultValue = "https://graph.facebook.com/v21.0")
  String baseUrl;

  @Inject GraphApi graph;

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  public SendOutcome sendText(String phoneNumberId, String token, String to, String text) {
    return send(
        phoneNumberId,
        token,
        message(to, "text")
            .add("text", CachedJson.createObjectBuilder().add("body", text))
            .build());
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  public SendOutcome sendTemplate(
      String phoneNumberId, String token, String to, String name, String language) {
    JsonObjectBuilder template =
        CachedJson.createObjectBuilder()
            .add("name", name)
            .add("language", CachedJson.createObjectBuilder().add("code", language));
    return send(phoneNumberId, token, message(to, "template").add("template", template).build());
  }

  private static JsonObjectBuilder message(String to, String type) {
    return CachedJson.createObjectBuilder()
        .add("messaging_product", "whatsapp")
        .add("recipient_type", "individual")
        .add("to", to)
        .add("type", type);
  }

  private SendOutcome send(String phoneNumberId, String token, JsonObject body) {
    return graph.post(
        URI.create(baseUrl + "/" + phoneNumberId + "/messages"),
        token,
        body,
        THROTTLING,
        answer -> answer.getJsonArray("messages").getJsonObject(0).getString("id"));
  }
}
