package app.chidi.e2e.support;

import app.chidi.server.DatabaseConnection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

  /** As if the person had followed the link in their confirmation mail. */
  public static void markVerified(String email) {
    markVerified(Stack.database(), email);
  }

  /** {@link #markVerified(String)} on the database {@code database}. */
  public static void markVerified(DatabaseConnection database, String email) {
    try (Connection db = Database.asOwner(database);
        PreparedStatement verify =
            db.prepareStatement("update users set email_verified = true where email = ?")) {
      verify.setString(1, email);
      if (verify.executeUpdate() != 1) {
        throw new IllegalStateException("No user " + email + " to verify");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A new person who is only a viewer of their own new business: signed up, the membership's role
   * changed, signed in again so that the token carries the role.
   */
  public static Viewer signUpViewer(Api api) {
    String email = freshEmail("viewer");
    UUID business = businessOf(api, signUp(api, email, "Viewer's own shop"));
    if (Database.updateAs(
            business, "update memberships set role = 'VIEWER' where business_id = ?", business)
        != 1) {
      throw new IllegalStateException("no membership to make a viewer of");
    }
    return new Viewer(accessToken(api, email), business);
  }

  /** Signs in as {@code email} (with {@link #PASSWORD}) and returns the new access token. */
  public static String accessToken(Api api, String email) {
    Api.Reply logIn =
        api.post(
            "/api/auth/login",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .build()
                .toString());
    if (logIn.status() != 200) {
      throw new IllegalStateException("Sign-in failed: " + logIn.status() + " " + logIn.body());
    }
    return logIn.text("/session/access_token");
  }

  /** A viewer's access token and business. */
  public record Viewer(String token, UUID business) {}

  /** The business of a signed-up account, as {@code GET /api/me} names it. */
  public static UUID businessOf(Api api, JsonObject signedUp) {
    String token = signedUp.getJsonObject("session").getString("access_token");
    return UUID.fromString(
        api.get("/api/me", token).json().getJsonObject("business").getString("id"));
  }
}
