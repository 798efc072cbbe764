package app.chidi.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON bodies over 1 MB before anything reads them: by the declared length, or — for
 * chunked bodies — as soon as the stream passes the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(response());
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    }
  }

  /**
   * The 413 answer. It closes the connection: the client may still be sending the rest of a body
   * nobody will read, and would otherwise block before it ever sees the answer.
   */
  static Response response() {
    return Response.fromResponse(
            Problem.of(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "request/too-large",
                    "The request body is larger than 1 MB")
                .toResponse())
        .header("Connection", "close")
        .build();
  }

  static boolean causedBy(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  /** Signals the limit from inside a reader, whatever wraps it on the way out. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("request body over " + MAX_BYTES + " bytes");
    }
  }

  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
