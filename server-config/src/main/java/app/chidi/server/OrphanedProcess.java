package app.chidi.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds and stops a server that a killed launcher left running. PostgreSQL and Payara run as
 * separate processes, so {@code kill -9} of the launcher orphans them; the next start must stop
 * them first or it fails on a locked data directory or a busy port. A process is only touched when
 * its command line names this data directory.
 */
final class OrphanedProcess {

  private OrphanedProcess() {}

  /**
   * Stops the PostgreSQL server of {@code dataDirectory} with SIGINT, its "fast" shutdown: sessions
   * are rolled back, committed data is kept. postmaster.pid is left for PostgreSQL to judge.
   */
  static void stopPostgres(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> orphan =
        find(dataDirectory.resolve("postmaster.pid"), dataDirectory.toString());
    if (orphan.isPresent()) {
      signalInterrupt(orphan.get());
      if (!exited(orphan.get(), 60)) {
        throw new IllegalStateException(
            "The PostgreSQL server "
                + orphan.get().pid()
                + " of "
                + dataDirectory
                + " does not stop");
      }
    }
  }

  /**
   * Stops the Java process named in {@code pidFile}: SIGTERM, then SIGKILL after 20 s. An orphaned
   * Payara whose broker died with the launcher can take a minute to give up reconnecting, and it
   * holds no state of its own: the database and the broker roll back what it had in flight.
   */
  static void stopJava(Path pidFile, String marker) throws IOException {
    Optional<ProcessHandle> orphan = find(pidFile, marker);
    if (orphan.isPresent()) {
      orphan.get().destroy();
      if (!exited(orphan.get(), 20)) {
        orphan.get().destroyForcibly();
        exited(orphan.get(), 20);
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static Optional<ProcessHandle> find(Path pidFile, String marker) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    String pid =
        Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    if (!pid.matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid))
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().commandLine().orElse("").contains(marker));
  }

  private static boolean exited(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not wait for process " + process.pid(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping process " + process.pid(), e);
    }
  }

  /** ProcessHandle can only send SIGTERM and SIGKILL; PostgreSQL's fast shutdown is SIGINT. */
  private static void signalInterrupt(ProcessHandle process) throws IOException {
    try {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      if (kill.waitFor() != 0) {
        throw new IOException("kill -INT " + process.pid() + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while signalling " + process.pid(), e);
    }
  }
}
