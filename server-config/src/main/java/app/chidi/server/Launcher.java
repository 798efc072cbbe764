package app.chidi.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * {@code java -jar chidi-launcher.jar}: runs CHIDI on this machine with one command. Starts
 * PostgreSQL, the Artemis broker and Payara Micro with the application (each embedded unless the
 * environment names an external one), waits until the application is ready, and stops everything in
 * reverse order on Ctrl-C or SIGTERM. See {@link LauncherOptions#USAGE}.
 */
public final class Launcher {

  private static final String DEMO_LOGIN = "Demo login: demo@chidi.local / ChidiDemo2026!";

  private Launcher() {}

  /**
   * Entry point; exits with 2 on bad options and 1 when CHIDI fails to start or stops by itself.
   */
  @SuppressWarnings("try") // the lock is only held, until the JVM exits
  public static void main(String[] args) throws IOException, InterruptedException {
    LauncherOptions options;
    try {
      options = LauncherOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + LauncherOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(LauncherOptions.USAGE);
      return;
    }
    quietLibraryLogging();
    try (DataDirectoryLock lock = DataDirectoryLock.acquire(options.server().dataDir())) {
      System.exit(run(options));
    }
  }

  private static int run(LauncherOptions options) throws InterruptedException {
    System.out.println("CHIDI data directory: " + options.server().dataDir());
    ChidiServer server;
    try {
      server = ChidiServer.start(options.server(), line -> System.out.println(line));
    } catch (IOException | RuntimeException e) {
      System.err.println("CHIDI did not start: " + e.getMessage());
      e.printStackTrace();
      return 1;
    }
    ShutdownSignals.onTermination(
        () -> {
          System.out.println("Stopping CHIDI (Payara Micro, Artemis, PostgreSQL)...");
          server.close();
          System.out.println("CHIDI stopped.");
        });
    // Other exits (SIGHUP, System.exit) still stop everything, if in no particular order.
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "chidi-shutdown"));
    System.out.println("CHIDI is ready: " + server.url());
    if (options.server().demo()) {
      System.out.println(DEMO_LOGIN);
    }
    System.out.println(
        "Server log: "
            + options.server().dataDir().resolve("logs").resolve("payara.log")
            + "  (Ctrl-C stops CHIDI)");
    int exitCode = server.awaitPayaraExit();
    if (server.isClosing()) {
      Thread.currentThread().join(); // the signal handler finishes the stop and exits
    }
    System.err.println(
        "Payara Micro stopped by itself (exit code " + exitCode + "); stopping CHIDI.");
    server.close();
    return 1;
  }

  /** zonky and Artemis log every step at INFO; the launcher prints its own summary instead. */
  private static void quietLibraryLogging() throws IOException {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return; // the user chose a logging configuration
    }
    try (InputStream config = Launcher.class.getResourceAsStream("launcher-logging.properties")) {
      LogManager.getLogManager().readConfiguration(config);
    }
  }
}
