package app.chidi.e2e.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import app.chidi.connection.control.TokenVault;
import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Browser;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import app.chidi.e2e.support.MetaIds;
import app.chidi.e2e.support.Stack;
import com.google.crypto.tink.Aead;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Connections end to end, with {@link MetaStub} standing in for the Graph API and Instagram: manual
 * WhatsApp connects (verified, refused, taken, unverified email, viewer), tokens sealed for their
 * business and never returned, disconnecting, Instagram's login with good, altered and expired
 * states, and the daily renewal.
 */
@ChidiTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionsIT {

  static final MetaStub META = new MetaStub();
  private static final String PHONE_ID = MetaIds.fresh();
  private static final String ID_99 = MetaIds.fresh();
  private static final String ID_10 = MetaIds.fresh();
  private static final String ID_11 = MetaIds.fresh();
  private static final String ID_20 = MetaIds.fresh();
  private static final String ID_02 = MetaIds.fresh();

  /** What OAuthStates seals a login state for. */
  private static final byte[] STATE_PURPOSE =
      "chidi/instagram-login-state".getBytes(StandardCharsets.UTF_8);

  /** The WAR with the renewal probe, plus a config file pointing CHIDI at the stub. */
  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar(
            "chidi.graph.api-url=" + META.baseUrl() + "/graph",
            "chidi.instagram.api-url=" + META.baseUrl() + "/ig",
            "chidi.instagram.token-url=" + META.baseUrl() + "/oauth/access_token",
            "chidi.instagram.auth-url=" + META.baseUrl() + "/oauth/authorize",
            "chidi.instagram.app-id=" + MetaStub.APP_ID,
            "chidi.instagram.app-secret=" + MetaStub.APP_SECRET)
        .addClass(RenewalProbe.class);
  }

  private static final String WHATSAPP = "#whatsapp-card .connection";
  private static final String CONNECTED = "[data-status='connected']";
  private static final String DISCONNECTED = "[data-status='disconnected']";

  @RegisterExtension static final Browser chrome = Browser.window("integrations-");

  @ArquillianResource URL deployment;
  private static Owner ada;
  private static Owner cleo;

  record Owner(String token, UUID business) {}

  @AfterAll
  static void stopStub() {
    META.close();
  }

  @Test
  @Order(1)
  void aVerifiedOwnerConnectsWhatsAppAndItsTokenIsSealedForTheBusinessOnly() throws Exception {
    ada = verifiedOwner("ada");
    Api.Reply connected = connectWhatsApp(ada.token(), PHONE_ID, MetaStub.WHATSAPP_TOKEN);

    assertEquals(201, connected.status(), connected.body());
    assertEquals("connected", connected.text("/status"));
    assertEquals("Ada Fabrics (+234 800 000 0001)", connected.text("/display_name"));
    assertEquals("hello_again", connected.text("/template_name"));
    assertEquals(
        "Bearer " + MetaStub.WHATSAPP_TOKEN,
        META.requests("/graph/" + PHONE_ID).get(0).authorization());
    byte[] sealed = sealedToken(ada.business(), "WHATSAPP", PHONE_ID);
    assertFalse(
        new String(sealed, StandardCharsets.ISO_8859_1).contains(MetaStub.WHATSAPP_TOKEN),
        "stored encrypted");
    assertEquals(MetaStub.WHATSAPP_TOKEN, open(sealed, ada.business()));
    assertThrows(GeneralSecurityException.class, () -> open(sealed, UUID.randomUUID()));
  }

  @Test
  @Order(2)
  void noConnectionsEndpointEverReturnsAToken() {
    Api.Reply list = api().get("/api/social/connections", ada.token());

    assertEquals(200, list.status(), list.body());
    assertEquals(1, list.jsonArray().size());
    JsonObject connection = list.jsonArray().getJsonObject(0);
    assertEquals(PHONE_ID, connection.getString("account_id"));
    assertFalse(connection.containsKey("access_token"));
    assertFalse(list.body().contains(MetaStub.WHATSAPP_TOKEN));
    assertFalse(list.body().toLowerCase().contains("token\":"), list.body());
  }

  @Test
  @Order(3)
  void aTokenMetaRefusesStoresNothing() {
    Api.Reply refused = connectWhatsApp(ada.token(), ID_99, "EAAwrong");

    assertEquals(422, refused.status(), refused.body());
    assertEquals("channel/verification-failed", refused.code());
    assertEquals(
        0,
        Database.countAs(
            ada.business(),
            "select count(*) from social_connections where account_id = '" + ID_99 + "'"));
  }

  @Test
  @Order(4)
  void connectingNeedsAConfirmedEmailAndAnAccountOfAnotherBusinessIsTaken() {
    String email = Accounts.freshEmail("cleo");
    JsonObject signedUp = Accounts.signUp(api(), email, "Cleo Shop");
    cleo =
        new Owner(
            signedUp.getJsonObject("session").getString("access_token"),
            Accounts.businessOf(api(), signedUp));
    Api.Reply unverified = connectWhatsApp(cleo.token(), PHONE_ID, MetaStub.WHATSAPP_TOKEN);
    assertEquals(403, unverified.status(), unverified.body());
    assertEquals("channel/email-not-verified", unverified.code());
    assertEquals(
        "channel/email-not-verified", api().get("/api/social/instagram/auth", cleo.token()).code());

    Accounts.markVerified(email);
    Api.Reply taken = connectWhatsApp(cleo.token(), PHONE_ID, MetaStub.WHATSAPP_TOKEN);

    assertEquals(409, taken.status(), taken.body());
    assertEquals("channel/account-taken", taken.code());
    assertEquals(0, Database.countAs(cleo.business(), "select count(*) from social_connections"));
  }

  @Test
  @Order(5)
  void disconnectingDeletesTheToken() throws Exception {
    String id =
        api()
            .get("/api/social/connections", ada.token())
            .jsonArray()
            .getJsonObject(0)
            .getString("id");
    assertEquals(404, api().delete("/api/social/connections/" + id, cleo.token()).status());

    Api.Reply cut = api().delete("/api/social/connections/" + id, ada.token());

    assertEquals(200, cut.status(), cut.body());
    assertEquals("disconnected", cut.text("/status"));
    assertNull(sealedToken(ada.business(), "WHATSAPP", PHONE_ID));
  }

  @Test
  @Order(6)
  void instagramLoginStoresALongLivedTokenForSixtyDays() throws Exception {
    Api.Reply auth = api().get("/api/social/instagram/auth", ada.token());
    assertEquals(200, auth.status(), auth.body());
    Map<String, String> query = query(URI.create(auth.text("/url")));
    assertTrue(auth.text("/url").startsWith(META.baseUrl() + "/oauth/authorize?"));
    assertEquals(MetaStub.APP_ID, query.get("client_id"));
    assertEquals("code", query.get("response_type"));
    assertEquals("instagram_business_basic,instagram_business_manage_messages", query.get("scope"));
    assertEquals(Stack.baseUrl() + "api/social/instagram/callback", query.get("redirect_uri"));

    Api.Reply back = callback(MetaStub.CODE, query.get("state"));

    assertEquals(303, back.status(), back.body());
    assertTrue(
        back.header("Location").endsWith("/dashboard/integrations.xhtml?connected=instagram"));
    Map<String, String> exchange = META.requests("/oauth/access_token").get(0).params();
    assertEquals("authorization_code", exchange.get("grant_type"));
    assertEquals(query.get("redirect_uri"), exchange.get("redirect_uri"));
    JsonObject instagram = connection(ada, "instagram");
    assertEquals(MetaStub.IG_ACCOUNT, instagram.getString("account_id"));
    assertEquals("connected", instagram.getString("status"));
    long days =
        java.time.Duration.between(
                OffsetDateTime.now(), OffsetDateTime.parse(instagram.getString("token_expires_at")))
            .toDays();
    assertTrue(days >= 59 && days <= 60, days + " days");
    assertEquals(
        MetaStub.LONG_TOKEN,
        open(sealedToken(ada.business(), "INSTAGRAM", MetaStub.IG_ACCOUNT), ada.business()));
  }

  @Test
  @Order(7)
  void alteredOrExpiredStatesAreRefusedAndStoreNothing() throws Exception {
    Owner gil = cleo;
    String state =
        query(URI.create(api().get("/api/social/instagram/auth", gil.token()).text("/url")))
            .get("state");
    String altered = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
    String claims =
        gil.business()
            + "|"
            + UUID.randomUUID()
            + "|"
            + Instant.now().minusSeconds(60).getEpochSecond();
    String expired =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(aead().encrypt(claims.getBytes(StandardCharsets.UTF_8), STATE_PURPOSE));

    assertEquals("channel/invalid-state", callback(MetaStub.CODE, altered).code());
    assertEquals("channel/state-expired", callback(MetaStub.CODE, expired).code());
    assertEquals(400, callback(MetaStub.CODE, "forged").status());
    assertEquals(0, Database.countAs(gil.business(), "select count(*) from social_connections"));
  }

  @Test
  @Order(8)
  void theDailyRenewalRefreshesInstagramAndWarnsOnce() throws Exception {
    assertEquals(201, connectWhatsApp(ada.token(), ID_10, MetaStub.WHATSAPP_TOKEN).status());
    assertEquals(201, connectWhatsApp(ada.token(), ID_11, MetaStub.WHATSAPP_TOKEN).status());
    String set =
        "update social_connections set token_expires_at = now() + cast(? as interval),"
            + " token_refreshed_at = now() - interval '50 days' where account_id = ?";
    Database.updateAs(ada.business(), set, "5 days", MetaStub.IG_ACCOUNT);
    Database.updateAs(ada.business(), set, "3 days", ID_10);
    Database.updateAs(ada.business(), set, "-1 hours", ID_11);

    renewNow();
    renewNow();

    assertEquals(1, META.requests("/ig/refresh_access_token").size(), "refreshed once");
    JsonObject instagram = connection(ada, "instagram");
    assertEquals("connected", instagram.getString("status"));
    assertTrue(
        OffsetDateTime.parse(instagram.getString("token_expires_at"))
            .isAfter(OffsetDateTime.now().plusDays(59)));
    assertEquals(
        MetaStub.REFRESHED_TOKEN,
        open(sealedToken(ada.business(), "INSTAGRAM", MetaStub.IG_ACCOUNT), ada.business()));
    assertEquals("expiring", statusOf(ID_10));
    assertEquals("expired", statusOf(ID_11));
    assertEquals(1, notifications("token_expiring"));
    assertEquals(1, notifications("connection_expired"));
  }

  @Test
  @Order(9)
  void viewersReadButNeitherConnectNorDisconnect() {
    Database.updateAs(
        cleo.business(),
        "update memberships set role = 'VIEWER' where business_id = ?",
        cleo.business());
    String viewer = logIn(cleo);

    assertEquals("auth/forbidden", connectWhatsApp(viewer, ID_02, "x").code());
    assertEquals(403, api().get("/api/social/instagram/auth", viewer).status());
    assertEquals(
        403, api().delete("/api/social/connections/" + UUID.randomUUID(), viewer).status());
    assertEquals(200, api().get("/api/social/connections", viewer).status());
  }

  @Test
  @Order(10)
  void theIntegrationsPageConnectsAndDisconnectsWhatsApp() {
    String email = Accounts.freshEmail("page");
    chrome.signUp(deployment, email, "Page Shop");
    Accounts.markVerified(email);
    chrome.open(deployment, "dashboard/integrations.xhtml");
    chrome.type("integrations:phone-number-id", ID_20);
    chrome.type("integrations:token", MetaStub.WHATSAPP_TOKEN);
    chrome.step("form");

    chrome.driver().findElement(By.id("integrations:connect-whatsapp")).click();
    WebElement card =
        chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(WHATSAPP + CONNECTED)));
    assertTrue(card.getText().contains("Ada Fabrics (+234 800 000 0001)"), card.getText());
    assertFalse(chrome.driver().getPageSource().contains(MetaStub.WHATSAPP_TOKEN));
    chrome.step("connected");
    chrome.atPhoneWidth(
        () -> {
          chrome.assertNoSidewaysScrolling("integrations");
          chrome.screenshot("connected-phone");
        });

    card.findElement(By.cssSelector("button[id$='disconnect']")).click();
    chrome.waiter().until(elementToBeClickable(By.id("integrations:confirm-yes"))).click();
    chrome.waiter().until(visibilityOfElementLocated(By.cssSelector(WHATSAPP + DISCONNECTED)));
    chrome.step("disconnected");
  }

  // --- helpers

  private Api api() {
    return new Api(deployment);
  }

  private Owner verifiedOwner(String who) {
    String email = Accounts.freshEmail(who);
    JsonObject owner = Accounts.signUp(api(), email, who + " Shop");
    Accounts.markVerified(email);
    return new Owner(
        owner.getJsonObject("session").getString("access_token"),
        Accounts.businessOf(api(), owner));
  }

  private String logIn(Owner owner) {
    return Accounts.accessToken(api(), api().get("/api/me", owner.token()).text("/user/email"));
  }

  private Api.Reply connectWhatsApp(String token, String phoneId, String accessToken) {
    return api()
        .post(
            "/api/social/whatsapp/connections",
            """
            {"account_id": "%s", "access_token": "%s", "template_name": "hello_again",
             "template_language": "en_US"}"""
                .formatted(phoneId, accessToken),
            token);
  }

  private Api.Reply callback(String code, String state) {
    return api()
        .get(
            "/api/social/instagram/callback?code="
                + code
                + "&state="
                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8),
            null);
  }

  private void renewNow() {
    Api.Reply renewed =
        api()
            .send(
                api()
                    .serverRequest("test/connections-renew")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, renewed.status(), renewed.body());
  }

  private JsonObject connection(Owner owner, String platform) {
    return api().get("/api/social/connections", owner.token()).jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("platform").equals(platform))
        .findFirst()
        .orElseThrow();
  }

  private String statusOf(String account) {
    return api().get("/api/social/connections", ada.token()).jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("account_id").equals(account))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private long notifications(String type) {
    return Database.countAs(
        ada.business(), "select count(*) from notifications where type = ?", type);
  }

  /** The access_token column as the application sees it for {@code business}. */
  private static byte[] sealedToken(UUID business, String platform, String account)
      throws SQLException {
    try (Connection db = Database.asApp()) {
      db.setAutoCommit(false);
      try (PreparedStatement tenant =
          db.prepareStatement("select set_config('app.business_id', ?, true)")) {
        tenant.setString(1, business.toString());
        tenant.executeQuery().close();
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "select access_token from social_connections where platform = ? and account_id = ?")) {
        select.setString(1, platform);
        select.setString(2, account);
        try (ResultSet row = select.executeQuery()) {
          assertTrue(row.next(), platform + " " + account + " not found");
          return row.getBytes(1);
        }
      } finally {
        db.rollback();
      }
    }
  }

  /** The keyset the tests' CHIDI seals with, read as CHIDI reads it. */
  private static Aead aead() throws IOException {
    return TokenVault.aead(Files.readString(Stack.tokenKeyset()));
  }

  /** Opens a sealed token with its business id (16 bytes, big-endian) as associated data. */
  private static String open(byte[] sealed, UUID business) throws Exception {
    byte[] id =
        ByteBuffer.allocate(16)
            .putLong(business.getMostSignificantBits())
            .putLong(business.getLeastSignificantBits())
            .array();
    return new String(aead().decrypt(sealed, id), StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
  }
}
