package app.chidi.connection.control;

import app.chidi.connection.boundary.InstagramLoginFailedException;
import app.chidi.connection.boundary.InstagramNotConfiguredException;
import app.chidi.connection.boundary.VerificationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Instagram API with Instagram Login: the authorization window, the code and token exchanges,
 * and the refresh of long-lived tokens (Business Login for Instagram,
 * https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login,
 * and the {@code access_token} / {@code refresh_access_token} references). Long-lived tokens last
 * 60 days; Meta refreshes them once they are at least 24 hours old.
 */
@ApplicationScoped
public class InstagramAccounts {

  static final String SCOPES = "instagram_business_basic,instagram_business_manage_messages";

  @Inject
  @ConfigProperty(
      name = "chidi.instagram.api-url",
      defaultValue = "https://graph.instagram.com/v21.0")
  String apiUrl;

  @Inject
  @ConfigProperty(
      name = "chidi.instagram.auth-url",
      defaultValue = "https://www.instagram.com/oauth/authorize")
  String authUrl;

  @Inject
  @ConfigProperty(
      name = "chidi.instagram.token-url",
      defaultValue = "https://api.instagram.com/oauth/access_token")
  String tokenUrl;

  @Inject
  @ConfigProperty(name = "chidi.instagram.app-id")
  Optional<String> appId;

  @Inject
  @ConfigProperty(name = "chidi.instagram.app-secret")
  Optional<String> appSecret;

  @Inject
  @ConfigProperty(name = "chidi.web.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  @Inject MetaHttp http;

  /** Where Instagram sends the person back to, registered as a valid OAuth redirect URI. */
  public String redirectUri() {
    return publicUrl.replaceAll("/+$", "") + "/api/social/instagram/callback";
  }

  /**
   * The authorization window: {@code client_id, redirect_uri, response_type=code, scope, state}.
   */
  public String authorizationUrl(String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", required(appId, "CHIDI_INSTAGRAM_APP_ID"));
    query.put("redirect_uri", redirectUri());
    query.put("response_type", "code");
    query.put("scope", SCOPES);
    query.put("state", state);
    return MetaHttp.uri(authUrl, "", query).toString();
  }

  /**
   * Exchanges the authorization code for a short-lived token: {@code POST} form {@code client_id,
   * client_secret, grant_type=authorization_code, redirect_uri, code}. Meta documents the answer as
   * {@code {"data": [{"access_token", "user_id", "permissions"}]}}; the flat object without {@code
   * data} is accepted too.
   */
  public String exchangeCode(String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", required(appId, "CHIDI_INSTAGRAM_APP_ID"));
    form.put("client_secret", required(appSecret, "CHIDI_INSTAGRAM_APP_SECRET"));
    form.put("grant_type", "authorization_code");
    form.put("redirect_uri", redirectUri());
    form.put("code", code);
    JsonObject answer = loginStep(() -> http.postForm(MetaHttp.uri(tokenUrl, "", Map.of()), form));
    JsonArray data = answer.getJsonArray("data");
    JsonObject issued = data == null || data.isEmpty() ? answer : data.getJsonObject(0);
    String token = issued.getString("access_token", "");
    if (token.isBlank()) {
      throw new InstagramLoginFailedException("Instagram issued no token for this code.");
    }
    return token;
  }

  /**
   * Exchanges a short-lived token for a long-lived one: {@code GET /access_token?
   * grant_type=ig_exchange_token&client_secret&access_token}, answering {@code {"access_token",
   * "token_type": "bearer", "expires_in": seconds}}.
   */
  public IssuedToken longLived(String shortLivedToken) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("grant_type", "ig_exchange_token");
    query.put("client_secret", required(appSecret, "CHIDI_INSTAGRAM_APP_SECRET"));
    query.put("access_token", shortLivedToken);
    return issued(loginStep(() -> http.get(MetaHttp.uri(apiUrl, "/access_token", query), null)));
  }

  /**
   * Refreshes a long-lived token for another 60 days: {@code GET /refresh_access_token?
   * grant_type=ig_refresh_token&access_token}, answering as {@link #longLived}.
   *
   * @throws MetaCallException when Meta refuses (code 190: the token is no longer valid)
   */
  public IssuedToken refresh(String longLivedToken) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("grant_type", "ig_refresh_token");
    query.put("access_token", longLivedToken);
    return issued(http.get(MetaHttp.uri(apiUrl, "/refresh_access_token", query), null));
  }

  /**
   * The professional account a token belongs to: {@code GET /me?fields=user_id,username}; {@code
   * user_id} is the id webhooks name the account by.
   */
  public VerifiedAccount verify(String token) {
    JsonObject me;
    try {
      me = http.get(MetaHttp.uri(apiUrl, "/me", Map.of("fields", "user_id,username")), token);
    } catch (MetaCallException e) {
      throw new VerificationFailedException(
          "Instagram did not accept this token: " + e.getMessage());
    }
    String accountId = text(me, "user_id");
    if (accountId.isBlank()) {
      throw new VerificationFailedException("Instagram named no account for this token.");
    }
    return new VerifiedAccount(accountId, me.getString("username", accountId));
  }

  private static IssuedToken issued(JsonObject answer) {
    String token = answer.getString("access_token", "");
    if (token.isBlank() || !answer.containsKey("expires_in")) {
      throw new MetaCallException(200, null, "Instagram issued no long-lived token");
    }
    return new IssuedToken(
        token, Duration.ofSeconds(answer.getJsonNumber("expires_in").longValue()));
  }

  private static JsonObject loginStep(Supplier<JsonObject> call) {
    try {
      return call.get();
    } catch (MetaCallException e) {
      throw new InstagramLoginFailedException("Instagram refused the login: " + e.getMessage());
    }
  }

  /** Ids arrive as strings or numbers, depending on the endpoint. */
  private static String text(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name)
        ? ""
        : object.get(name) instanceof JsonString s ? s.getString() : object.get(name).toString();
  }

  private static String required(Optional<String> value, String variable) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new InstagramNotConfiguredException(variable));
  }
}
