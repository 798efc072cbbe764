package app.chidi.e2e.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.e2e.channel.WebhookSender.Acknowledged;
import app.chidi.e2e.channel.WebhookSender.CustomerMessage;
import app.chidi.e2e.support.Database;
import app.chidi.server.EmbeddedBroker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The channel pipeline under failure (not part of the test suite; {@code .ci/reliability} runs it):
 * thousands of signed webhooks while Payara Micro is killed with SIGKILL and restarted, or while
 * the broker is stopped for 30 s. Meta's side is played by {@link WebhookSender} (it retries
 * whatever got no 200) and the Graph API by {@link GraphApiStub}. Afterwards every acknowledged
 * message must have exactly one reply; a reply CHIDI could not know whether it sent (killed in the
 * middle of the call) is marked {@code in_doubt} instead and never sent again.
 */
@Tag("benchmark")
class ChannelReliabilityTest {

  private static final String SECRET = System.getenv("CHIDI_META_APP_SECRET");
  private static final URI GRAPH_API = URI.create(System.getenv("CHIDI_GRAPH_API_URL"));
  private static final Path DIR = Path.of(System.getProperty("chidi.reliability.dir"));
  private static final int HTTP_PORT = Integer.getInteger("chidi.reliability.port", 18090);
  private static final int MESSAGES = Integer.getInteger("chidi.reliability.messages", 10_000);
  private static final int SENDERS = 16;

  /**
   * How long replies may stop arriving before the missing ones are counted: longer than the
   * stale-message sweep's threshold ({@code CHIDI_CHANNEL_STALE_MINUTES=2} in {@code
   * .ci/reliability}) plus its one-minute period, so what a crash left waiting has been sent.
   */
  private static final Duration QUIET = Duration.ofMinutes(4);

  private static final String QUESTION = "Do you have the adire maxi dress in M?";

  @Test
  void killedServer_everyAcknowledgedMessageIsAnsweredOnce() throws Exception {
    try (GraphApiStub graph = new GraphApiStub(GRAPH_API.getPort());
        ChannelServer chidi =
            ChannelServer.start(DIR.resolve("kill"), HTTP_PORT, Optional.empty())) {
      ChannelServer.Shop shop = chidi.openShop(graph);
      WebhookSender sender = new WebhookSender(chidi.url(), SECRET, shop.phone());
      Run run =
          send(
              sender,
              MESSAGES,
              acked -> acked >= MESSAGES / 2,
              () -> {
                System.out.println(
                    "Killing Payara Micro after " + MESSAGES / 2 + " acks, " + MachineLoad.now());
                chidi.killPayaraAndRestart();
                System.out.println("Restarted, " + MachineLoad.now());
              });
      long inDoubt =
          Database.countAs(
              chidi.database(),
              shop.business(),
              "select count(*) from social_messages where direction = 'OUTBOUND' and error_code = 'in_doubt'");
      Tally tally = tally("kill -9 of Payara Micro", run, graph, inDoubt, chidi);
      assertEquals(0, tally.twice(), "replied twice");
      assertEquals(
          tally.missing().size(),
          Database.countAs(
              chidi.database(),
              shop.business(),
              "select count(*) from social_messages m join conversations c on c.id ="
                  + " m.conversation_id where m.error_code = 'in_doubt' and c.customer_id = any(?)",
              (Object) tally.missing().toArray(String[]::new)),
          "every missing reply is one marked in doubt (sent at most once, the owner told)");
    }
  }

  @Test
  void stoppedBroker_nothingAcknowledgedIsLost() throws Exception {
    Path brokerDir = DIR.resolve("broker");
    EmbeddedBroker[] broker = {EmbeddedBroker.start(brokerDir, 0)};
    int brokerPort = broker[0].connection().port();
    int messages = MESSAGES / 3;
    try (GraphApiStub graph = new GraphApiStub(GRAPH_API.getPort());
        ChannelServer chidi =
            ChannelServer.start(
                DIR.resolve("broker-stop"), HTTP_PORT, Optional.of(broker[0].connection()))) {
      ChannelServer.Shop shop = chidi.openShop(graph);
      WebhookSender sender = new WebhookSender(chidi.url(), SECRET, shop.phone());
      Run run =
          send(
              sender,
              messages,
              acked -> acked >= messages / 3,
              () -> {
                System.out.println("Stopping the broker for 30 s, " + MachineLoad.now());
                broker[0].close();
                Thread.sleep(Duration.ofSeconds(30).toMillis());
                broker[0] = EmbeddedBroker.start(brokerDir, brokerPort);
                System.out.println("Broker started again, " + MachineLoad.now());
              });
      Tally tally = tally("broker stopped 30 s", run, graph, 0, chidi);
      printWhereMissingStand(chidi, shop, tally.missing());
      assertEquals(0, tally.twice(), "replied twice");
      assertEquals(Set.of(), tally.missing(), "acknowledged but never answered");
    } finally {
      broker[0].close();
    }
  }

  /** An action taken once during a run. */
  private interface Disruption {
    void run() throws Exception;
  }

  private record Run(List<Acknowledged> acknowledged, WebhookSender sender, double seconds) {}

  private record Tally(long once, long twice, Set<String> missing) {}

  /**
   * Sends {@code count} messages with {@link #SENDERS} parallel senders, as fast as CHIDI
   * acknowledges them; {@code disruption} runs once the acknowledged count passes {@code when},
   * while the senders go on.
   */
  private static Run send(WebhookSender sender, int count, IntPredicate when, Disruption disruption)
      throws Exception {
    System.out.println("Sending " + count + " signed webhooks, " + MachineLoad.now());
    ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    long start = System.nanoTime();
    List<Future<?>> deliveries =
        IntStream.range(0, count)
            .mapToObj(n -> CustomerMessage.number(n, QUESTION))
            .<Future<?>>map(
                message -> senders.submit(() -> acknowledged.add(sender.deliver(message))))
            .toList();
    while (!when.test(acknowledged.size())) {
      Thread.sleep(20);
    }
    disruption.run();
    for (Future<?> delivery : deliveries) {
      delivery.get();
    }
    senders.shutdown();
    senders.awaitTermination(1, TimeUnit.MINUTES);
    return new Run(List.copyOf(acknowledged), sender, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Prints how many of the {@code missing} customers' messages stand in each state (message, reply,
   * attempts, error), and how many were never stored: where a lost reply stopped.
   */
  private static void printWhereMissingStand(
      ChannelServer chidi, ChannelServer.Shop shop, Set<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    String[] customers = missing.toArray(String[]::new);
    List<String> states =
        Database.rowsAs(
            chidi.database(),
            shop.business(),
            "select i.status, o.status, o.attempts, o.error_code, count(*) from social_messages i"
                + " join conversations c on c.id = i.conversation_id left join social_messages o"
                + " on o.conversation_id = i.conversation_id and o.direction = 'OUTBOUND' where"
                + " i.direction = 'INBOUND' and c.customer_id = any(?) group by 1, 2, 3, 4",
            (Object) customers);
    long stored =
        Database.countAs(
            chidi.database(),
            shop.business(),
            "select count(distinct customer_id) from conversations where customer_id = any(?)",
            (Object) customers);
    System.out.printf(
        "Missing: %d never stored; stored ones by message | reply | attempts | error | count: %s%n",
        customers.length - stored, states);
  }

  /** Waits until the replies stop coming, then counts and prints them. */
  private static Tally tally(
      String title, Run run, GraphApiStub graph, long inDoubt, ChannelServer chidi)
      throws InterruptedException, IOException {
    int expected = run.acknowledged().size();
    long quietSince = System.nanoTime();
    int seen = -1;
    while (graph.requests().size() < expected && System.nanoTime() - quietSince < QUIET.toNanos()) {
      Thread.sleep(1000);
      int now = graph.requests().size();
      if (now != seen) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
    Thread.sleep(5000); // long enough for a wrong second reply to arrive
    Set<String> customers =
        run.acknowledged().stream()
            .map(ack -> ack.message().customer())
            .collect(Collectors.toSet());
    ReplyTally replies = new ReplyTally(graph.requests());
    Tally tally =
        new Tally(
            replies.withReplies(customers, 1),
            replies.withReplies(customers, 2),
            replies.without(customers));
    System.out.printf(
        "%s: %d sent in %.0f s, acknowledged %d, replied once %d, replied twice %d, missing %d"
            + " (marked in doubt: %d); replies at the stand-in %d; queued again by the stale-message"
            + " sweep %d; attempts without 200: %s; %s%n",
        title,
        expected,
        run.seconds(),
        expected,
        tally.once(),
        tally.twice(),
        tally.missing().size(),
        inDoubt,
        replies.total(),
        chidi.sweptAgain(),
        run.sender().refusals(),
        MachineLoad.now());
    return tally;
  }
}
