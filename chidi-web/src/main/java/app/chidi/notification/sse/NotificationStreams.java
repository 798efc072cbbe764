package app.chidi.notification.sse;

import app.chidi.notification.boundary.NotificationPublished;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.web.FanOut;
import app.chidi.platform.web.JsonConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The notification streams open on this instance. It observes {@link NotificationPublished} (fired
 * by the notifications topic's message-driven bean, so every instance sees every event) and offers
 * it to each stream, which keeps only its own business's events and its own person's; a heartbeat
 * comment every 20 s keeps proxies from closing idle streams. A stream of the API ends when its
 * access token expires; a stream of the dashboard when its HTTP session ends (see {@link
 * DashboardStreamServlet}).
 */
@ApplicationScoped
public class NotificationStreams {

  static final Duration HEARTBEAT = Duration.ofSeconds(20);

  private final Set<NotificationStream> open = ConcurrentHashMap.newKeySet();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject FanOut fanOut;
  private ScheduledFuture<?> heartbeats;

  @PostConstruct
  void startHeartbeats() {
    long seconds = HEARTBEAT.toSeconds();
    heartbeats =
        scheduler.scheduleAtFixedRate(
            () -> open.forEach(NotificationStream::heartbeat), seconds, seconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void closeAll() {
    heartbeats.cancel(false);
    List.copyOf(open).forEach(NotificationStream::close);
  }

  /**
   * Opens a stream for {@code tenant} that ends at {@code expiresAt}, sends it {@code missed} and
   * then everything published meanwhile.
   */
  public void open(
      SseEventSink sink, Sse sse, Tenant tenant, Instant expiresAt, ReplaySource missed) {
    NotificationStream stream = register(new JaxRsEventSink(sink, sse), tenant);
    long untilExpiry = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
    scheduler.schedule(stream::close, untilExpiry, TimeUnit.MILLISECONDS);
    stream.replay(missed.missed());
  }

  /**
   * Opens a stream for {@code tenant} on an asynchronous servlet response whose headers are set,
   * sends it {@code missed} and then everything published meanwhile. The returned action ends it
   * (the session ended); the stream also ends by itself when the client goes away.
   */
  Runnable open(ServletEventSink sink, Tenant tenant, ReplaySource missed) {
    NotificationStream stream = register(sink, tenant);
    stream.replay(missed.missed());
    return stream::close;
  }

  private NotificationStream register(EventSink sink, Tenant tenant) {
    NotificationStream stream = new NotificationStream(sink, tenant, open::remove);
    open.add(stream);
    return stream;
  }

  void publish(@Observes NotificationPublished event) {
    // Serialised once, not once per stream: with thousands of streams that was most of the push.
    LiveEvent live = new LiveEvent(event, JsonConfig.jsonb().toJson(event.data()));
    fanOut.each(open, stream -> stream.offer(live));
  }

  /** How many streams are open on this instance. */
  public int size() {
    return open.size();
  }

  /** Reads the notifications a reconnecting stream missed, after the stream is registered. */
  @FunctionalInterface
  public interface ReplaySource {
    List<NotificationView> missed();
  }
}
