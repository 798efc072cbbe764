package app.chidi.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits until a server process says it has booted and answers 200 on its readiness URL, and gives
 * up as soon as the process dies rather than waiting out the timeout.
 */
final class ReadinessProbe {

  private ReadinessProbe() {}

  /**
   * Returns when {@code booted} is true and {@code url} answers 200; throws IllegalStateException
   * when the process exits or the timeout passes.
   */
  static void await(Process process, BooleanSupplier booted, URI url, Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server exited with code " + process.exitValue());
      }
      if (booted.getAsBoolean() && answers200(client, request)) {
        return;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        url + " did not answer 200 within " + timeout.toSeconds() + " s");
  }

  private static boolean answers200(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + request.uri(), e);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the server", e);
    }
  }
}
