package app.chidi.notification.sse;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dashboard's stream: an asynchronous servlet response written in the {@code text/event-stream}
 * format. Writes block (the stream serialises them); a write error or a closed connection fails the
 * stage, and the stream closes.
 */
final class ServletEventSink implements EventSink {

  private final AsyncContext async;
  private final AtomicBoolean closed = new AtomicBoolean();

  ServletEventSink(AsyncContext async) {
    this.async = async;
  }

  @Override
  public CompletionStage<?> event(String name, String id, String data) {
    StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
    if (id != null) {
      text.append("id: ").append(id).append('\n');
    }
    data.lines().forEach(line -> text.append("data: ").append(line).append('\n'));
    return write(text.append('\n').toString());
  }

  @Override
  public CompletionStage<?> comment(String text) {
    return write(": " + text + "\n\n");
  }

  private CompletionStage<?> write(String text) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new IOException("the stream is closed"));
    }
    try {
      ServletResponse response = async.getResponse();
      PrintWriter writer = response.getWriter();
      writer.write(text);
      writer.flush();
      // PrintWriter swallows I/O errors: this is how a vanished client shows.
      if (writer.checkError()) {
        throw new IOException("the client went away");
      }
      response.flushBuffer();
      return CompletableFuture.completedFuture(null);
    } catch (IOException | IllegalStateException gone) {
      return CompletableFuture.failedFuture(gone);
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Completes the response on a container thread: {@code close} runs on threads of other requests
   * (a sign-out invalidating the session), and completing there would end that request's CDI
   * request context with this one's. Completing twice is not allowed.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        async.start(async::complete);
      } catch (IllegalStateException alreadyCompleted) {
        // The container completed it first (the client's connection failed): nothing is left to
        // end.
        return;
      }
    }
  }

  /** Marks the sink closed without completing: the container ended the request itself. */
  void ended() {
    closed.set(true);
  }
}
