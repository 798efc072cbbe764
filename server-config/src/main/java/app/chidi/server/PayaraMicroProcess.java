package app.chidi.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Payara Micro in its own JVM, running the CHIDI WAR. Its output goes to {@code
 * <data>/logs/payara.log}, its errors to the console too; it inherits the launcher's environment,
 * so settings such as {@code CHIDI_SMTP_*} reach the application.
 */
public final class PayaraMicroProcess implements Closeable {

  /**
   * Payara's last boot line, printed after the deployments. /health/ready alone is not enough: it
   * answers 200 a moment before the application's context is loaded.
   */
  private static final Pattern BOOTED = Pattern.compile("Payara Micro .* ready in ");

  /** GlassFish's message for an application that failed to deploy; Payara keeps running then. */
  private static final String PID_FILE = "payara.pid";

  private static final Pattern NOT_DEPLOYED = Pattern.compile("Exception while loading the app");

  private final Process process;
  private final ProcessOutput output;
  private final Path pidFile;
  private final URI url;

  private PayaraMicroProcess(Process process, ProcessOutput output, Path pidFile, URI url) {
    this.process = process;
    this.output = output;
    this.pidFile = pidFile;
    this.url = url;
  }

  /**
   * Starts Payara Micro and returns once {@code /health/ready} answers 200. Fails, with the last
   * lines of Payara's output, if the process exits or is not ready within {@code timeout}.
   */
  public static PayaraMicroProcess start(PayaraLaunch launch, Duration timeout) throws IOException {
    Path data = launch.dataDir().toAbsolutePath().normalize();
    Path pidFile = data.resolve(PID_FILE);
    stopOrphan(data);
    PayaraLaunch checked = launch.withUsablePorts();
    // A kept domain.xml would make every create-* command fail and keep last run's ports: the
    // command files are the only source of Payara's configuration, so start from scratch.
    deleteRecursively(launch.rootDir());
    Path log = PrivateFiles.createDirectory(data.resolve("logs")).resolve("payara.log");
    if (Files.exists(log)) {
      Files.move(log, log.resolveSibling("payara.log.1"), StandardCopyOption.REPLACE_EXISTING);
    }
    Process process =
        new ProcessBuilder(PayaraCommandLine.of(checked)).redirectErrorStream(true).start();
    PrivateFiles.write(pidFile, process.pid() + "\n");
    ProcessOutput output =
        ProcessOutput.follow(process, log, "[payara] ", List.of(BOOTED, NOT_DEPLOYED));
    PayaraMicroProcess payara = new PayaraMicroProcess(process, output, pidFile, checked.url());
    try {
      ReadinessProbe.await(
          process, () -> output.hasPrinted(BOOTED), payara.url.resolve("/health/ready"), timeout);
      if (output.hasPrinted(NOT_DEPLOYED)) {
        throw new IllegalStateException(
            "Payara Micro could not deploy "
                + launch.runtime().application()
                + "; the cause is in "
                + log
                + " (look for SEVERE)");
      }
    } catch (IllegalStateException e) {
      payara.close();
      throw new IllegalStateException(
          e.getMessage()
              + ". Last lines of its output:\n  "
              + String.join("\n  ", output.lastLines()),
          e);
    }
    return payara;
  }

  /**
   * Stops a Payara that a killed launcher left running on this data directory. Called before
   * anything else starts, so the orphan cannot reconnect to the new broker or database.
   */
  static void stopOrphan(Path dataDir) throws IOException {
    Path data = dataDir.toAbsolutePath().normalize();
    OrphanedProcess.stopJava(data.resolve(PID_FILE), data.resolve("payara").toString());
  }

  /** The application's root URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return url;
  }

  /** Blocks until the process exits and returns its exit code. */
  public int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  /** Stops Payara gracefully (SIGTERM), forcibly after 30 s. */
  @Override
  public void close() throws IOException {
    // Through the handle: Process.destroy() would also close the output pipe, losing the last
    // lines.
    process.toHandle().destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
      output.awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.toHandle().destroyForcibly();
    }
    Files.deleteIfExists(pidFile);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
