package app.chidi.channel.control;

import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Instagram messaging: {@code POST /{ig-id}/messages} with {@code {recipient:{id},
 * message:{text}}}; text at most 1,000 bytes. A reply a person approved after the 24-hour window
 * carries the {@code HUMAN_AGENT} tag (allowed up to 7 days).
 */
@ApplicationScoped
public class InstagramClient {

  static final int MAX_TEXT_BYTES = 1000;

  /** Meta's rate-limit errors: 4 (app), 17 (user), 32 (page), 613 (call volume), 80002. */
  static final Set<String> THROTTLING = Set.of("4", "17", "32", "613", "80002");

  @Inject
  @ConfigProperty(
      name = "chidi.instagram.api-url",
      defaultValue = "https://graph.instagram.com/v21.0")
  String baseUrl;

  @Inject GraphApi graph;

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  public SendOutcome sendText(
      String accountId, String token, String recipient, String text, boolean humanAgent) {
    JsonObjectBuilder body =
        CachedJson.createObjectBuilder()
            .add("recipient", CachedJson.createObjectBuilder().add("id", recipient))
            .add("message", CachedJson.createObjectBuilder().add("text", fit(text)));
    if (humanAgent) {
      body.add("messaging_type", "MESSAGE_TAG").add("tag", "HUMAN_AGENT");
    }
    return graph.post(
        URI.create(baseUrl + "/" + accountId + "/messages"),
        token,
        body.build(),
        THROTTLING,
        answer -> answer.getString("message_id"));
  }

  /** {@code text} cut to whole characters within {@value #MAX_TEXT_BYTES} UTF-8 bytes. */
  static String fit(String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
      return text;
    }
    int end = text.length();
    while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES - 3) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + "…";
  }
}
