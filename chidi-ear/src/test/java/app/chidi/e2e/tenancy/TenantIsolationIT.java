package app.chidi.e2e.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.ChatClient;
import app.chidi.e2e.support.ChidiTest;
import app.chidi.e2e.support.Database;
import app.chidi.e2e.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every tenant table is protected by PostgreSQL row-level security, found from the catalog rather
 * than from a list that could forget a new table; and EclipseLink's shared cache cannot hand one
 * business's entity to another.
 */
@ChidiTest
@RunAsClient
class TenantIsolationIT {

  @Deployment(testable = false)
  static WebArchive chidi() {
    return Deployments.chidiWar().addClasses(SharedCacheProbe.class, RuleApplyProbe.class);
  }

  @ArquillianResource URL deployment;

  /** Tables with a business_id column, plus businesses itself (its id is the tenant). */
  private static List<String> tenantTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = Database.asOwner();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and (c.relname = 'businesses' or exists (
                    select 1 from pg_attribute a where a.attrelid = c.oid
                    and a.attname = 'business_id' and not a.attisdropped))
                order by c.relname
                """)) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }

  @Test
  void everyTenantTableHasForcedRowLevelSecurityWithReadAndWritePolicies() throws SQLException {
    List<String> tables = tenantTables();
    assertTrue(
        tables.containsAll(
            List.of(
                "businesses",
                "memberships",
                "refresh_tokens",
                "notifications",
                "products",
                "product_words",
                "product_variants",
                "stock_movements",
                "import_jobs",
                "business_rules",
                "rule_executions",
                "knowledge_entries",
                "business_embeddings",
                "social_connections",
                "conversations",
                "social_messages",
                "push_subscriptions")),
        "found " + tables);
    try (Connection connection = Database.asOwner()) {
      for (String table : tables) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                """
                select c.relrowsecurity, c.relforcerowsecurity,
                  (select count(*) from pg_policy p where p.polrelid = c.oid
                     and p.polqual is not null
                     and (p.polwithcheck is not null or p.polcmd in ('r', '*')))
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relname = ?
                """)) {
          statement.setString(1, table);
          try (ResultSet result = statement.executeQuery()) {
            assertTrue(result.next(), table);
            assertTrue(result.getBoolean(1), table + ": row-level security enabled");
            assertTrue(result.getBoolean(2), table + ": row-level security forced");
            assertTrue(result.getLong(3) > 0, table + ": has a policy");
          }
        }
      }
    }
  }

  @Test
  void theApplicationRoleCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection connection = Database.asApp();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select rolbypassrls, rolsuper from pg_roles where rolname = current_user")) {
      assertTrue(result.next());
      assertFalse(result.getBoolean(1), "no BYPASSRLS");
      assertFalse(result.getBoolean(2), "not a superuser");
    }
  }

  @Test
  void aSecondBusinessCanNeitherReadNorWriteTheFirstsRows() throws SQLException {
    Api api = new Api(deployment);
    JsonObject firstOwner = Accounts.signUp(api, Accounts.freshEmail("1"), "First");
    UUID first = Accounts.businessOf(api, firstOwner);
    giveRowsToEveryTenantTable(api, firstOwner.getJsonObject("session").getString("access_token"));
    Api.Reply applied =
        api.send(
            api.request("/test/rules-apply?business=" + first, null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, applied.status(), applied.body());
    assertEquals(1, applied.json().getInt("applied"), "the first business's custom rule applies");
    UUID second =
        Accounts.businessOf(api, Accounts.signUp(api, Accounts.freshEmail("2"), "Second"));

    for (String table : tenantTables()) {
      String tenantColumn = table.equals("businesses") ? "id" : "business_id";
      try (Connection connection = Database.asApp()) {
        connection.setAutoCommit(false);

        SQLException unset =
            assertThrows(SQLException.class, () -> count(connection, table, tenantColumn, first));
        assertEquals("42501", unset.getSQLState(), table + ": no tenant, no rows");
        connection.rollback();

        if (TABLES_WITH_ROWS.contains(table)) {
          enter(connection, first);
          assertTrue(count(connection, table, tenantColumn, first) > 0, table + ": own rows");
          connection.rollback();
        }

        enter(connection, second);
        assertEquals(0, count(connection, table, tenantColumn, first), table + ": read");
        try (Statement update = connection.createStatement()) {
          if (granted(connection, table, "UPDATE")) {
            int changed =
                update.executeUpdate(
                    "update "
                        + table
                        + " set "
                        + tenantColumn
                        + " = "
                        + tenantColumn
                        + " where "
                        + tenantColumn
                        + " = '"
                        + first
                        + "'");
            assertEquals(0, changed, table + ": update");
          }
          if (granted(connection, table, "DELETE")) {
            int deleted =
                update.executeUpdate(
                    "delete from " + table + " where " + tenantColumn + " = '" + first + "'");
            assertEquals(0, deleted, table + ": delete");
          }
        }
        connection.rollback();

        enter(connection, second);
        SQLException insert =
            assertThrows(
                SQLException.class,
                () -> {
                  try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(
                        "insert into "
                            + table
                            + " ("
                            + tenantColumn
                            + ") values ('"
                            + first
                            + "')");
                  }
                },
                table + ": insert into another business");
        assertEquals("42501", insert.getSQLState(), table + ": " + insert.getMessage());
        connection.rollback();
      }
    }
  }

  /** Tables the first business has rows in by the time the checks run. */
  private static final List<String> TABLES_WITH_ROWS =
      List.of(
          "businesses",
          "memberships",
          "refresh_tokens",
          "products",
          "product_words",
          "product_variants",
          "stock_movements",
          "import_jobs",
          "business_rules",
          "knowledge_entries",
          "business_embeddings",
          "rule_executions",
          "notification_preferences",
          "social_connections",
          "conversations",
          "social_messages",
          "chat_messages",
          "user_contexts",
          "push_subscriptions");

  /**
   * A product with stock (products, words, variants, movements), an import (import_jobs), a rule
   * and a knowledge entry (with its embedding), a notification preference, and a sandbox message
   * (social_connections, conversations, social_messages), and a skipped onboarding question in the
   * owner's chat (chat_messages, user_contexts), and a push subscription.
   */
  private static void giveRowsToEveryTenantTable(Api api, String token) {
    Api.Reply product =
        api.post(
            "/api/inventory/products",
            """
            {"name": "Isolated Tee", "base_price": 10,
             "variants": [{"sku": "ISO-TEE", "stock_quantity": 3}]}""",
            token);
    assertEquals(201, product.status(), product.body());
    Api.Reply imported =
        api.upload(
            "/api/inventory/import?mode=commit",
            token,
            "one.csv",
            "name,sku,price\nIsolated Cap,ISO-CAP,5\n".getBytes(StandardCharsets.UTF_8),
            null);
    assertEquals(200, imported.status(), imported.body());
    Api.Reply rule =
        api.post(
            "/api/rules",
            """
            {"rule_type": "custom", "name": "Isolated", "response_template": "Hello"}""",
            token);
    assertEquals(201, rule.status(), rule.body());
    Api.Reply entry =
        api.post(
            "/api/knowledge",
            """
            {"type": "info", "topic": "isolated", "content": "Ours only"}""",
            token);
    assertEquals(201, entry.status(), entry.body());
    Api.Reply preferences =
        api.send(
            api.request("/api/notifications/preferences", token)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"preferences": [{"type": "restock", "in_app": false, "email": "off"}]}""")));
    assertEquals(200, preferences.status(), preferences.body());
    Api.Reply sandbox =
        api.post(
            "/api/sandbox/messages",
            """
            {"customer_id": "isolated", "text": "hello"}""",
            token);
    assertEquals(202, sandbox.status(), sandbox.body());
    try (ChatClient chat = ChatClient.connect(api, token)) {
      chat.next("context_updated");
      chat.next("onboarding_question");
      chat.say("skip");
      chat.next("onboarding_question");
    }
    // Keys of the right shape; no push is ever sent to this endpoint.
    Api.Reply subscribed =
        api.post(
            "/api/notifications/push-subscriptions",
            """
            {"endpoint": "https://push.invalid/isolated",
             "keys": {"p256dh": "%s", "auth": "%s"}}"""
                .formatted("B" + "A".repeat(86), "A".repeat(22)),
            token);
    assertEquals(201, subscribed.status(), subscribed.body());
  }

  @Test
  void oneBusinessCanNeitherReadNorChangeAnothersConfidenceThreshold() {
    Api api = new Api(deployment);
    JsonObject firstOwner = Accounts.signUp(api, Accounts.freshEmail("a"), "Threshold A");
    JsonObject secondOwner = Accounts.signUp(api, Accounts.freshEmail("b"), "Threshold B");
    String firstToken = firstOwner.getJsonObject("session").getString("access_token");
    String secondToken = secondOwner.getJsonObject("session").getString("access_token");
    UUID first = Accounts.businessOf(api, firstOwner);
    UUID second = Accounts.businessOf(api, secondOwner);

    String high = "{\"confidence_threshold\": 0.95}";
    assertEquals(200, api.patch("/api/settings", high, firstToken).status());
    assertEquals("0.8", threshold(api, secondToken), "the second sees its own default");
    String low = "{\"confidence_threshold\": 0.6}";
    assertEquals(200, api.patch("/api/settings", low, secondToken).status());
    assertEquals("0.95", threshold(api, firstToken), "the first keeps its own");

    String firstsSettings = "update businesses set settings = '{}' where id = ?";
    assertEquals(0, Database.updateAs(second, firstsSettings, first), "changed by another");
    assertEquals(
        1,
        Database.countAs(
            first,
            "select count(*) from businesses where settings ->> 'confidence_threshold' = '0.95'"));
  }

  private static String threshold(Api api, String token) {
    Api.Reply settings = api.get("/api/settings", token);
    assertEquals(200, settings.status(), settings.body());
    return settings
        .json()
        .getJsonNumber("confidence_threshold")
        .bigDecimalValue()
        .stripTrailingZeros()
        .toPlainString();
  }

  @Test
  void theSharedCacheCannotLeakAnEntityAcrossBusinesses() {
    Api api = new Api(deployment);
    Api.Reply reply =
        api.send(
            api.request("/test/shared-cache-probe", null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, reply.status(), reply.body());
    JsonObject seen = reply.json();
    assertTrue(seen.getBoolean("found_by_owner"), reply.body());
    assertFalse(seen.getBoolean("found_by_other"), reply.body());
    assertEquals(0, seen.getInt("listed_for_other"), reply.body());
    assertFalse(seen.getBoolean("in_shared_cache"), reply.body());
  }

  /** Append-only tables (the stock history) do not even grant the application role changes. */
  private static boolean granted(Connection connection, String table, String privilege)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select has_table_privilege(current_user, ?, ?)")) {
      statement.setString(1, table);
      statement.setString(2, privilege);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  private static void enter(Connection connection, UUID businessId) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('app.business_id', ?, true)")) {
      statement.setString(1, businessId.toString());
      statement.executeQuery().close();
    }
  }

  private static long count(Connection connection, String table, String column, UUID businessId)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select count(*) from " + table + " where " + column + " = ?")) {
      statement.setObject(1, businessId);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
