package app.chidi.e2e.support;

import app.chidi.server.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Another Payara Micro beside the Arquillian-managed one, in a JVM of its own, with the same WAR,
 * the same database, broker and keys (the stack's command files), and its data grid joined to the
 * first instance's by TCP on loopback. Two instances of CHIDI as production runs them.
 */
public final class SecondInstance implements AutoCloseable {

  private static final Pattern BOOTED = Pattern.compile("Payara Micro .* ready in ");

  /** GlassFish's message for an application that failed to deploy; Payara keeps running then. */
  private static final Pattern NOT_DEPLOYED = Pattern.compile("Exception while loading the app");

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(240);

  private final Process process;
  private final Path log;
  private final URI url;

  private SecondInstance(Process process, Path log, URI url) {
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /** Starts the instance and returns once Payara printed its last boot line. */
  public static SecondInstance start() {
    Stack.Launch launch = Stack.launch();
    Path runtime = Stack.runtimeDir().toPath().toAbsolutePath();
    Path dir = Stack.itDir().resolve("second-instance");
    int http = Ports.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch.jvmOptions());
    command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString()));
    command.addAll(launch.microOptions(http, Ports.freePort(), dir.resolve("payara.log"), runtime));
    command.addAll(List.of("--deploy", runtime.resolve("chidi.war").toString()));
    try {
      Files.createDirectories(dir);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("console.log").toFile())
              .start();
      SecondInstance instance =
          new SecondInstance(
              process, dir.resolve("console.log"), URI.create("http://127.0.0.1:" + http + "/"));
      instance.awaitBoot();
      return instance;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the second Payara Micro", e);
    }
  }

  /** The application's root URL. */
  public URI url() {
    return url;
  }

  /** The process id, to look at its sockets. */
  public long pid() {
    return process.pid();
  }

  /** What Payara printed so far (the console: --logtofile appends a generation number). */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitBoot() {
    long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    while (!BOOTED.matcher(log()).find()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        close();
        throw new IllegalStateException("The second Payara Micro did not boot; see " + log);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (NOT_DEPLOYED.matcher(log()).find()) {
      close();
      throw new IllegalStateException("The second Payara Micro could not deploy CHIDI; see " + log);
    }
  }

  /** Stops the instance gracefully, forcibly after 30 s. */
  @Override
  public void close() {
    process.toHandle().destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.toHandle().destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.toHandle().destroyForcibly();
    }
  }
}
