package app.chidi.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One running CHIDI instance: the database, the broker (embedded unless external ones are
 * configured) and Payara Micro with the application, started in that order and stopped in reverse.
 * The launcher runs one; integration tests start their own with {@link ServerSettings#embedded}.
 */
public final class ChidiServer implements AutoCloseable {

  private static final Duration PAYARA_TIMEOUT = Duration.ofMinutes(5);

  private final StartedComponents started;
  private final PayaraMicroProcess payara;
  private final DatabaseConnection database;
  private final BrokerConnection broker;
  private boolean closing;

  private ChidiServer(
      StartedComponents started,
      PayaraMicroProcess payara,
      DatabaseConnection database,
      BrokerConnection broker) {
    this.started = started;
    this.payara = payara;
    this.database = database;
    this.broker = broker;
  }

  /**
   * Starts the instance; {@code progress} receives one line per component with its start time. If a
   * component fails, the ones already started are stopped again.
   */
  public static ChidiServer start(ServerSettings settings, Consumer<String> progress)
      throws IOException {
    settings.runtime().verify();
    Path data = PrivateFiles.createDirectory(settings.dataDir().toAbsolutePath().normalize());
    PayaraMicroProcess.stopOrphan(data);
    StartedComponents started = new StartedComponents();
    try {
      DatabaseConnection database = startDatabase(settings, data, started, progress);
      BrokerConnection broker = startBroker(settings, data, started, progress);
      long begin = System.nanoTime();
      PayaraMicroProcess payara = started.add(startPayara(settings, data, database, broker));
      progress.accept("Payara Micro ready in " + seconds(begin) + " (" + payara.url() + ")");
      return new ChidiServer(started, payara, database, broker);
    } catch (IOException | RuntimeException e) {
      try {
        started.stopAll();
      } catch (IllegalStateException stop) {
        e.addSuppressed(stop);
      }
      throw e;
    }
  }

  /** The application's root URL. */
  public URI url() {
    return payara.url();
  }

  /** The database the application uses. */
  public DatabaseConnection database() {
    return database;
  }

  /** The broker the application uses. */
  public BrokerConnection broker() {
    return broker;
  }

  /** Blocks until Payara Micro exits, whether stopped by {@link #close()} or on its own. */
  public int awaitPayaraExit() throws InterruptedException {
    return payara.awaitExit();
  }

  /** True once {@link #close()} has begun: Payara's exit was asked for. */
  public synchronized boolean isClosing() {
    return closing;
  }

  /** Stops Payara, then the broker, then the database; safe to call more than once. */
  @Override
  public synchronized void close() {
    closing = true;
    started.stopAll();
  }

  private static DatabaseConnection startDatabase(
      ServerSettings settings, Path data, StartedComponents started, Consumer<String> progress)
      throws IOException {
    if (settings.externalDatabase().isPresent()) {
      progress.accept("PostgreSQL: external, " + settings.externalDatabase().get().jdbcUrl());
      return settings.externalDatabase().get();
    }
    long begin = System.nanoTime();
    EmbeddedDatabase database =
        started.add(EmbeddedDatabase.start(data, settings.ports().database()));
    progress.accept(
        "PostgreSQL ready in " + seconds(begin) + " (" + database.connection().jdbcUrl() + ")");
    return database.connection();
  }

  private static BrokerConnection startBroker(
      ServerSettings settings, Path data, StartedComponents started, Consumer<String> progress)
      throws IOException {
    if (settings.externalBroker().isPresent()) {
      progress.accept("Artemis: external, " + settings.externalBroker().get().url());
      return settings.externalBroker().get();
    }
    long begin = System.nanoTime();
    EmbeddedBroker broker = started.add(EmbeddedBroker.start(data, settings.ports().broker()));
    progress.accept("Artemis ready in " + seconds(begin) + " (" + broker.connection().url() + ")");
    return broker.connection();
  }

  /** Writes this start's configuration and command files, then boots Payara with them. */
  private static PayaraMicroProcess startPayara(
      ServerSettings settings, Path data, DatabaseConnection database, BrokerConnection broker)
      throws IOException {
    RuntimeLayout runtime = settings.runtime();
    JwtKeys keys = JwtKeys.resolve(data, settings.environment());
    Path config =
        new ChidiConfigFile(
                keys,
                TokenKeyset.resolve(data, settings.environment()),
                VapidKeys.resolve(data, settings.environment()),
                settings.publicUrl(),
                settings.demo(),
                database.appUser())
            .writeTo(data);
    Path boot = data.resolve("payara-boot");
    Path preBoot =
        new PreBootScript(settings.bindAddress()).writeTo(boot.resolve("pre-boot.asadmin"));
    Path postBoot =
        new PostBootScript(runtime.resourceAdapter(), broker, database, BrokerDestinations.read())
            .writeTo(boot.resolve("post-boot.asadmin"));
    return PayaraMicroProcess.start(
        new PayaraLaunch(
            runtime, data, settings.bindAddress(), settings.ports(), config, preBoot, postBoot),
        PAYARA_TIMEOUT);
  }

  private static String seconds(long beginNanos) {
    return String.format("%.1f s", (System.nanoTime() - beginNanos) / 1e9);
  }
}
