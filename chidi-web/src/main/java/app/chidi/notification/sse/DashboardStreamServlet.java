package app.chidi.notification.sse;

import app.chidi.notification.boundary.NotificationFeed;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in dashboard's notification stream, {@code GET /dashboard/notifications/stream}: the
 * same events as {@code /api/notifications/stream} (event name = type, id = notification id, {@code
 * notification_read} updates, Last-Event-ID replay, heartbeat), for the session cookie a browser's
 * {@code EventSource} sends instead of a bearer token. {@code DashboardGuard} admits signed-in
 * people only; the stream only reads, so a cross-site request can start one but learns nothing (no
 * CORS headers) and changes nothing. It ends with the session.
 */
@WebServlet(
    name = "dashboard-notification-stream",
    urlPatterns = "/dashboard/notifications/stream",
    asyncSupported = true)
public class DashboardStreamServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** How long the browser waits before it reconnects a dropped stream. */
  static final int RETRY_MILLIS = 5_000;

  @Inject transient NotificationFeed feed;
  @Inject transient NotificationStreams streams;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Tenant tenant =
        TenantContext.current()
            .orElseThrow(() -> new IllegalStateException("DashboardGuard lets no one else in"));
    UUID cursor = cursor(request.getHeader("Last-Event-ID"));
    SessionStreams session = SessionStreams.of(request.getSession(false));

    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Accel-Buffering", "no");
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    response.getWriter().write("retry: " + RETRY_MILLIS + "\n\n");
    response.flushBuffer();

    ServletEventSink sink = new ServletEventSink(async);
    Runnable close =
        streams.open(sink, tenant, () -> cursor == null ? List.of() : feed.missedSince(cursor));
    session.add(close);
    async.addListener(new Ended(sink, session, close));
  }

  /** An id that is not one of ours replays nothing, as a first connection would. */
  private static UUID cursor(String lastEventId) {
    try {
      return lastEventId == null ? null : UUID.fromString(lastEventId.strip());
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
  }

  /** The container ended the request (the client went away): the stream is forgotten. */
  private record Ended(ServletEventSink sink, SessionStreams session, Runnable close)
      implements AsyncListener {

    @Override
    public void onComplete(AsyncEvent event) {
      end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      end();
    }

    @Override
    public void onError(AsyncEvent event) {
      end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Not started again: one request is one stream.
    }

    private void end() {
      sink.ended();
      session.remove(close);
      close.run();
    }
  }
}
