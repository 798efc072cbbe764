package app.chidi.connection.control;

import app.chidi.connection.boundary.VerificationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Confirms a WhatsApp Business phone number id and system-user token with the Graph API. */
@ApplicationScoped
public class WhatsAppAccounts {

  @Inject
  @ConfigProperty(name = "chidi.graph.api-url", defaultValue = "https://graph.facebook.com/v21.0")
  String graphUrl;

  @Inject MetaHttp http;

  /**
   * One call: {@code GET /{phone-number-id}?fields=display_phone_number,verified_name} with the
   * token as bearer (WhatsApp Cloud API, "Phone Numbers" reference,
   * https://developers.facebook.com/docs/whatsapp/cloud-api/reference/phone-numbers). It answers
   * {@code {"display_phone_number": "+1 555-…", "verified_name": "…", "id": "…"}}.
   *
   * @throws VerificationFailedException when Meta refuses the token or the number
   */
  public VerifiedAccount verify(String phoneNumberId, String token) {
    JsonObject number;
    try {
      number =
          http.get(
              MetaHttp.uri(
                  graphUrl,
                  "/" + phoneNumberId,
                  Map.of("fields", "display_phone_number,verified_name")),
              token);
    } catch (MetaCallException e) {
      throw new VerificationFailedException(
          "WhatsApp did not confirm this phone number id with this token: " + e.getMessage());
    }
    if (!phoneNumberId.equals(number.getString("id", phoneNumberId))) {
      throw new VerificationFailedException("WhatsApp answered for another phone number id.");
    }
    String shown = number.getString("display_phone_number", phoneNumberId);
    String name = number.getString("verified_name", "");
    return new VerifiedAccount(phoneNumberId, name.isBlank() ? shown : name + " (" + shown + ")");
  }
}
