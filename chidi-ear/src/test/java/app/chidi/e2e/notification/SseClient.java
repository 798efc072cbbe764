package app.chidi.e2e.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal server-sent events client over {@code java.net.http}: it parses the stream on a thread
 * of its own into events and comments, which the test takes one at a time.
 */
final class SseClient implements AutoCloseable {

  /** One event; {@code name} is {@code ":"} for a comment line. */
  record Event(String name, String id, String data) {
    boolean comment() {
      return ":".equals(name);
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpResponse<InputStream> response;
  private final Thread reader;

  SseClient(URI stream, String token, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(stream)
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  int status() {
    return response.statusCode();
  }

  String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The next event that is not a comment, or {@code null} after {@code timeout}. */
  Event next(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null || !event.comment()) {
        return event;
      }
    }
  }

  /** The next comment, skipping events, or {@code null} after {@code timeout}. */
  Event nextComment(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null || event.comment()) {
        return event;
      }
    }
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String name = null;
      String id = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (name != null || data.length() > 0) {
            events.add(new Event(name == null ? "message" : name, id, data.toString()));
          }
          name = null;
          id = null;
          data.setLength(0);
        } else if (line.startsWith(":")) {
          events.add(new Event(":", null, line.substring(1).strip()));
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
        }
      }
    } catch (IOException closed) {
      // The test closed the stream: nothing more to read.
      events.add(new Event("closed", null, closed.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    response.body().close();
  }
}
