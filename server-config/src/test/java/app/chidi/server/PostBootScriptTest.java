package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostBootScriptTest {

  private static final Path RAR = Path.of("/opt/chidi/runtime/chidi-artemis-ra.rar");
  private static final BrokerConnection BROKER = new BrokerConnection("127.0.0.1", 61616, "", "");
  private static final DatabaseConnection DATABASE =
      new DatabaseConnection(
          "jdbc:postgresql://127.0.0.1:5433/chidi",
          "chidi_app",
          "app-pw",
          "chidi_owner",
          "owner-pw");

  @Test
  void declaresOneAdminObjectPerDestination() {
    List<JmsDestination> destinations =
        List.of(
            new JmsDestination("MailQueue", false), new JmsDestination("NotificationsTopic", true));

    List<String> lines = lines(new PostBootScript(RAR, BROKER, DATABASE, destinations));

    assertEquals(
        List.of(
            "create-admin-object --raname artemis-ra --restype jakarta.jms.Queue"
                + " --property Address=MailQueue jms/MailQueue",
            "create-admin-object --raname artemis-ra --restype jakarta.jms.Topic"
                + " --property Address=NotificationsTopic jms/NotificationsTopic"),
        lines.stream().filter(line -> line.startsWith("create-admin-object")).toList());
  }

  @Test
  void configuresAndDeploysTheAdapterBeforeItsResourcesAndTheDatabasePools() {
    List<String> lines = lines(script(DATABASE));

    assertTrue(lines.get(0).startsWith("create-resource-adapter-config"), lines.get(0));
    assertEquals("deploy --type rar --name artemis-ra " + RAR, lines.get(1));
    assertTrue(lines.get(2).contains("--connectiondefinition jakarta.jms.ConnectionFactory"));
    assertTrue(lines.get(2).contains("--transactionsupport XATransaction"));
    assertTrue(lines.get(2).contains("ReconnectAttempts=0"), "sends fail fast without a broker");
    assertTrue(lines.get(2).contains("CallTimeout=5000"), "and wait at most 5 s for an answer");
    assertEquals(
        "create-connector-resource --poolname chidi-jms jms/ChidiConnectionFactory", lines.get(3));
    assertEquals("create-jdbc-resource --connectionpoolid chidi-app jdbc/chidi", lines.get(6));
    assertEquals(
        "create-jdbc-resource --connectionpoolid chidi-owner jdbc/chidi-owner", lines.get(8));
  }

  @Test
  void pointsTheAdapterAtTheBrokerWithEscapedParameters() {
    String config = lines(script(DATABASE)).get(0);

    assertTrue(config.contains("ConnectionParameters=host\\=127.0.0.1;port\\=61616"), config);
    assertFalse(config.contains("UserName"), "no credentials configured");
  }

  @Test
  void passesBrokerCredentialsWhenConfigured() {
    BrokerConnection secured = new BrokerConnection("mq.example", 61617, "chidi", "p:w");

    String config = lines(new PostBootScript(RAR, secured, DATABASE, List.of())).get(0);

    assertTrue(config.contains(":UserName=chidi:Password=p\\:w artemis-ra"), config);
  }

  @Test
  void connectsEachPoolAsItsOwnRoleWithEscapedPasswords() {
    DatabaseConnection external =
        new DatabaseConnection(
            "jdbc:postgresql://db.example:6543/chidi?sslmode=require",
            "app",
            "s3cr=t:1",
            "owner",
            "owner\\pw");

    List<String> pools =
        lines(script(external)).stream()
            .filter(l -> l.startsWith("create-jdbc-connection-pool"))
            .toList();

    assertTrue(
        pools
            .get(0)
            .contains(
                "serverName=db.example:portNumber=6543:databaseName=chidi:user=app:password=s3cr\\=t\\:1"
                    + ":stringType=unspecified:reWriteBatchedInserts=true:sslmode=require"),
        pools.get(0));
    assertTrue(pools.get(0).endsWith("--nontransactionalconnections false chidi-app"));
    assertTrue(pools.get(1).contains("user=owner:password=owner\\\\pw"), pools.get(1));
    assertTrue(pools.get(1).endsWith("chidi-owner"));
  }

  @Test
  void refusesValuesThatPayaraCannotCarry() {
    for (String password : List.of("two words", "quo\"te", "${ENV=X}")) {
      DatabaseConnection database =
          new DatabaseConnection("jdbc:postgresql://h/chidi", "app", password, "owner", "pw");
      assertThrows(IllegalArgumentException.class, () -> script(database).text(), password);
    }
  }

  private static PostBootScript script(DatabaseConnection database) {
    return new PostBootScript(
        RAR, BROKER, database, List.of(new JmsDestination("MailQueue", false)));
  }

  private static List<String> lines(PostBootScript script) {
    return script.text().lines().filter(line -> !line.startsWith("#")).toList();
  }
}
