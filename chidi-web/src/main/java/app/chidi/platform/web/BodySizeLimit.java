package app.chidi.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Refuses bodies over their limit before anything reads them: by the declared length, or — for
 * chunked bodies — as soon as the stream passes the limit. JSON bodies may have 1 MB; a catalogue
 * upload to {@value #UPLOAD_PATH} may have 10 MB of CSV plus the form's own few bytes.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;
  static final long MAX_UPLOAD_BYTES = 10 * MAX_BYTES + 64 * 1024;
  static final String UPLOAD_PATH = "inventory/import";

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limitFor(request.getUriInfo().getPath());
    if (request.getLength() > limit) {
      request.abortWith(response(limit));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }
  }

  static long limitFor(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.equals(UPLOAD_PATH) ? MAX_UPLOAD_BYTES : MAX_BYTES;
  }

  /**
   * The 413 answer. It closes the connection: the client may still be sending the rest of a body
   * nobody will read, and would otherwise block before it ever sees the answer.
   */
  static Response response(long limit) {
    return Response.fromResponse(
            Problem.of(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "request/too-large",
                    "The request body is larger than " + limit / MAX_BYTES + " MB")
                .toResponse())
        .header("Connection", "close")
        .build();
  }

  /** The limit a body broke, if {@code exception} was caused by one. */
  static Optional<Long> brokenLimit(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge tooLarge) {
        return Optional.of(tooLarge.limit());
      }
    }
    return Optional.empty();
  }

  /** Signals the limit from inside a reader, whatever wraps it on the way out. */
  static final class TooLarge extends IOException {
    private final long limit;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
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
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }
  }
}
