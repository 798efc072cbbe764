package app.chidi.e2e.account;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts through the public API, as a client sees them: sign-up, the verification mail and its
 * link, sign-in, token rotation with reuse detection, sign-out, rate limits and every error code.
 * Sign-ups are limited to five per IP and hour, so this class signs up at most four accounts before
 * the last test uses up the limit.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class AccountsIT {

  private static final Pattern VERIFY_LINK =
      Pattern.compile("/api/auth/verify\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar();
  }

  @ArquillianResource URL deployment;
  private Api api;
  private static String adaAccessToken;

  @BeforeEach
  void client() {
    api = new Api(deployment);
  }

  @Test
  @Order(1)
  void signUpMailVerifyLogInRefreshReuseAndLogOut() {
    String email = Accounts.freshEmail("ada");
    Instant before = Instant.now();

    Api.Reply signUp =
        api.post("/api/auth/signup", Accounts.signUpBody(email, Accounts.PASSWORD, "Ada Shop"));
    assertEquals(201, signUp.status(), signUp.body());
    assertEquals(email, signUp.text("/user/email"));
    assertNotNull(signUp.text("/user/id"));
    assertNotNull(signUp.text("/user/created_at"));
    long expiresAt = signUp.json().getJsonObject("session").getJsonNumber("expires_at").longValue();
    assertTrue(
        Math.abs(expiresAt - before.plus(Duration.ofMinutes(30)).getEpochSecond()) < 120,
        "access token lives 30 minutes");
    String access = signUp.text("/session/access_token");

    JsonObject me = api.get("/api/me", access).json();
    assertEquals("owner", me.getString("role"));
    assertEquals("Ada Shop", me.getJsonObject("business").getString("name"));
    assertEquals("pending", me.getJsonObject("business").getString("onboarding_status"));
    assertFalse(me.getBoolean("email_verified"));

    String token = verificationToken(email);
    Api.Reply verified = api.get("/api/auth/verify?token=" + token, null);
    assertEquals(200, verified.status(), verified.body());
    assertTrue(api.get("/api/me", access).json().getBoolean("email_verified"));
    Api.Reply again = api.get("/api/auth/verify?token=" + token, null);
    assertEquals(401, again.status(), "a verification link works once");
    assertEquals("auth/invalid-token", again.code());

    Api.Reply login = logIn(email.toUpperCase(java.util.Locale.ROOT), Accounts.PASSWORD);
    assertEquals(200, login.status(), login.body());
    assertEquals(email, login.text("/user/email"), "emails are matched case-insensitively");
    String refresh = login.text("/session/refresh_token");

    Api.Reply rotated = refresh(refresh);
    assertEquals(200, rotated.status(), rotated.body());
    String next = rotated.text("/refresh_token");
    assertNotEquals(refresh, next);
    assertEquals(200, api.get("/api/me", rotated.text("/access_token")).status());

    Api.Reply reused = refresh(refresh);
    assertEquals(401, reused.status());
    assertEquals("auth/invalid-token", reused.code());
    assertEquals(
        401, refresh(next).status(), "reusing a spent token revokes the whole token family");
    assertEquals(
        1,
        Database.count(
            "select count(*) from security_events where email is null and event_type = ?"
                + " and user_id = (select id from users where email = ?)",
            "refresh_token_reused",
            email));

    adaAccessToken = access;
    String fresh = logIn(email, Accounts.PASSWORD).text("/session/refresh_token");
    Api.Reply logout = api.post("/api/auth/logout", refreshBody(fresh));
    assertEquals(204, logout.status(), logout.body());
    assertEquals(401, refresh(fresh).status(), "a signed-out refresh token is dead");
  }

  @Test
  @Order(2)
  void browsersFollowingTheLinkLandOnTheVerifyPage() {
    String email = Accounts.freshEmail("grace");
    Accounts.signUp(api, email, "Grace Goods");
    String token = verificationToken(email);

    Api.Reply ok = api.send(htmlRequest("/api/auth/verify?token=" + token));
    assertEquals(303, ok.status());
    assertTrue(
        ok.header("Location").endsWith("/verify.xhtml?result=verified"), ok.header("Location"));
    Api.Reply spent = api.send(htmlRequest("/api/auth/verify?token=" + token));
    assertEquals(303, spent.status());
    assertTrue(spent.header("Location").endsWith("/verify.xhtml?result=invalid"));

    Api.Reply whileSignedInElsewhere =
        api.send(
            api.request("/api/auth/login", adaAccessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials(email, Accounts.PASSWORD))));
    assertEquals(
        200,
        whileSignedInElsewhere.status(),
        "signing in to another business with a token of the first: "
            + whileSignedInElsewhere.body());

    Api.Reply wrongPassword = logIn(email, "Wrong1234");
    assertEquals(401, wrongPassword.status());
    assertEquals("auth/invalid-credentials", wrongPassword.code());
    Api.Reply unknown = logIn(Accounts.freshEmail("nobody"), Accounts.PASSWORD);
    assertEquals(401, unknown.status());
    assertEquals("auth/invalid-credentials", unknown.code(), "no hint whether the email exists");
    assertEquals(
        1,
        Database.count(
            "select count(*) from security_events where event_type = 'login_failed' and email = ?",
            email));

    Api.Reply taken =
        api.post("/api/auth/signup", Accounts.signUpBody(email, Accounts.PASSWORD, "Copy"));
    assertEquals(400, taken.status());
    assertEquals("auth/email-exists", taken.code());
    assertEquals(
        1, Database.count("select count(*) from users where lower(email) = lower(?)", email));
  }

  @Test
  @Order(3)
  void badInputGetsAStableCodeAndWritesNothing() {
    String email = Accounts.freshEmail("weak");
    Api.Reply weak = api.post("/api/auth/signup", Accounts.signUpBody(email, "password", "Shop"));
    assertProblem(weak, 400, "auth/weak-password");

    Api.Reply invalid =
        api.post(
            "/api/auth/signup",
            "{\"email\":\"not-an-email\",\"password\":\"\",\"business_name\":\"Shop\"}");
    assertProblem(invalid, 400, "validation/failed");
    assertEquals(
        java.util.Set.of("email", "password"),
        invalid.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .collect(java.util.stream.Collectors.toSet()));

    assertProblem(api.post("/api/auth/signup", "{\"email\":"), 400, "request/malformed");
    assertProblem(
        api.post("/api/auth/signup", "{\"email\":[1],\"password\":{}}"), 400, "request/malformed");
    assertProblem(api.post("/api/auth/login", ""), 400, "request/malformed");
    assertProblem(
        api.post("/api/auth/refresh", "{\"refresh_token\":\"made-up\"}"),
        401,
        "auth/invalid-token");
    String huge = "{\"email\":\"" + "a".repeat(1_100_000) + "\"}";
    assertProblem(
        api.send(
            api.request("/api/auth/signup", null)
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge))),
        413,
        "request/too-large");
    assertProblem(
        api.send(
            api.request("/api/auth/signup", null)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes())))),
        413,
        "request/too-large");
    assertProblem(api.get("/api/me", null), 401, "auth/unauthenticated");
    assertProblem(api.get("/api/me", "not.a.jwt"), 401, "auth/unauthenticated");
    assertProblem(api.get("/api/no-such-thing", null), 404, "request/not-found");
    assertProblem(
        api.send(
            api.request("/api/auth/login", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hi"))),
        415,
        "request/unsupported-media-type");

    assertEquals(
        0, Database.count("select count(*) from users where email in (?, 'not-an-email')", email));
  }

  @Test
  @Order(4)
  void loginIsLimitedPerAccountAndAddress() {
    String email = Accounts.freshEmail("limited");
    Accounts.signUp(api, email, "Limited");
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertEquals(401, logIn(email, "Wrong1234").status(), "attempt " + attempt);
    }
    Api.Reply limited = logIn(email, Accounts.PASSWORD);
    assertProblem(limited, 429, "request/rate-limited");
    int retryAfter = Integer.parseInt(limited.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(retryAfter, limited.json().getInt("retry_after"));
    assertEquals(
        1,
        Database.count(
            "select count(*) from security_events where event_type = 'login_rate_limited'"
                + " and email = ?",
            email));
    assertEquals(
        401,
        logIn(Accounts.freshEmail("other"), "Wrong1234").status(),
        "other accounts are not limited");
  }

  @Test
  @Order(5)
  void signUpIsLimitedToFivePerAddressAndHour() {
    Api.Reply reply = null;
    String email = null;
    int attempts = 0;
    while (attempts < 6) {
      attempts++;
      email = Accounts.freshEmail("burst");
      reply = api.post("/api/auth/signup", Accounts.signUpBody(email, Accounts.PASSWORD, "B"));
      if (reply.status() != 201) {
        break;
      }
    }
    assertProblem(reply, 429, "request/rate-limited");
    assertTrue(attempts <= 5, "earlier tests signed up at least one account from this address");
    assertTrue(Integer.parseInt(reply.header("Retry-After")) > 60, "the window is an hour");
    assertEquals(0, Database.count("select count(*) from users where email = ?", email));
  }

  @Test
  @Order(6)
  void healthOpenApiAndSecurityHeaders() {
    Api.Reply ready = api.send(api.serverRequest("/health/ready").GET());
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("\"database\":\"UP\""), ready.body());
    assertTrue(ready.body().contains("\"broker\":\"UP\""), ready.body());
    assertEquals(200, api.send(api.serverRequest("/health/live").GET()).status());

    Api.Reply openapi = api.send(api.serverRequest("/openapi").GET());
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/auth/signup"), "the API is described");

    Api.Reply any = api.get("/api/me", null);
    assertEquals("nosniff", any.header("X-Content-Type-Options"));
    assertEquals("DENY", any.header("X-Frame-Options"));
    assertNotNull(any.header("Content-Security-Policy"));
    assertNotNull(any.header("Strict-Transport-Security"));
    assertNotNull(any.header("Referrer-Policy"));
  }

  private static void assertProblem(Api.Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    assertEquals(code, reply.code(), reply.body());
    assertFalse(reply.body().contains("Exception"), "no internals: " + reply.body());
  }

  private String verificationToken(String email) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> findToken(email), token -> token != null);
  }

  private String findToken(String email) {
    return api.get("/api/dev/mailbox", null).json().getJsonArray("mails").stream()
        .map(mail -> mail.asJsonObject())
        .filter(mail -> mail.getString("to").equals(email))
        .map(mail -> VERIFY_LINK.matcher(mail.getString("body")))
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .findFirst()
        .orElse(null);
  }

  private Api.Reply logIn(String email, String password) {
    return api.post("/api/auth/login", credentials(email, password));
  }

  private static String credentials(String email, String password) {
    return jakarta.json.Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }

  private Api.Reply refresh(String token) {
    return api.post("/api/auth/refresh", refreshBody(token));
  }

  private static String refreshBody(String token) {
    return jakarta.json.Json.createObjectBuilder().add("refresh_token", token).build().toString();
  }

  private HttpRequest.Builder htmlRequest(String path) {
    return api.request(path, null).header("Accept", "text/html").GET();
  }
}
