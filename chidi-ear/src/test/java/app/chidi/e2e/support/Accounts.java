package app.chidi.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Signs up test accounts through the API. */
public final class Accounts {

  public static final String PASSWORD = "Secret123";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Accounts() {}

  /** An email address no other test uses. */
  public static String freshEmail(String who) {
    return who
        + "-"
        + SEQUENCE.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "@example.com";
  }

  /** The JSON body of a sign-up. */
  public static String signUpBody(String email, String password, String businessName) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .add("business_name", businessName)
        .build()
        .toString();
  }

  /** Signs up a new owner and returns the 201 body ({@code user}, {@code session}). */
  public static JsonObject signUp(Api api, String email, String businessName) {
    Api.Reply reply = api.post("/api/auth/signup", signUpBody(email, PASSWORD, businessName));
    if (reply.status() != 201) {
      throw new IllegalStateException("Sign-up failed: " + reply.status() + " " + reply.body());
    }
    return reply.json();
  }

  /** The business of a signed-up account, as {@code GET /api/me} names it. */
  public static UUID businessOf(Api api, JsonObject signedUp) {
    String token = signedUp.getJsonObject("session").getString("access_token");
    return UUID.fromString(
        api.get("/api/me", token).json().getJsonObject("business").getString("id"));
  }
}
