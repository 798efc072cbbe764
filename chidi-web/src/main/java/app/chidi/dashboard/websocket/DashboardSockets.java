package app.chidi.dashboard.websocket;

import app.chidi.assistant.boundary.RulesChanged;
import app.chidi.channel.boundary.ConversationChanged;
import app.chidi.notification.boundary.NotificationPublished;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.web.FanOut;
import app.chidi.platform.web.JsonConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard WebSockets open on this instance and whose they are. It observes {@link
 * NotificationPublished} (the same event the SSE streams get, fired on every instance by the
 * notifications topic's message-driven bean) and pushes it to the sockets of that business and
 * person, and {@link ConversationChanged} and {@link RulesChanged} (from the dashboard topic) to
 * the sockets of that business. A socket opened with an access token is closed when the token
 * expires.
 */
@ApplicationScoped
public class DashboardSockets {

  private static final Logger LOG = Logger.getLogger(DashboardSockets.class.getName());

  /** At most one figures update per business in this time, however many conversations change. */
  static final long METRICS_DELAY_MS = 500;

  private final Map<Session, Tenant> open = new ConcurrentHashMap<>();
  private final Set<UUID> metricsDue = ConcurrentHashMap.newKeySet();

  @Inject DashboardSnapshot snapshot;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject FanOut fanOut;

  void open(Session session, Tenant tenant, Instant expiresAt) throws IOException {
    open.put(session, tenant);
    if (expiresAt != null) {
      long millis = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
      scheduler.schedule(() -> expire(session), millis, TimeUnit.MILLISECONDS);
    }
    send(session, json("dashboard_init", TenantContext.callAs(tenant, snapshot::take)));
  }

  void forget(Session session) {
    open.remove(session);
  }

  void publish(@Observes NotificationPublished event) {
    String type =
        NotificationPublished.READ.equals(event.name())
            ? "dashboard_notification_read"
            : "dashboard_notification";
    // Written once for all sockets, not once per socket.
    String json = json(type, event.data());
    fanOut.each(
        open.entrySet(),
        socket -> {
          if (event.isFor(socket.getValue().businessId(), socket.getValue().userId())) {
            trySend(socket.getKey(), json);
          }
        });
  }

  /**
   * A conversation of a business changed (on any instance): its sockets here get the conversation
   * as listed now ({@code dashboard_conversation_update}), read once for all of them as the first
   * of them, and within {@value #METRICS_DELAY_MS} ms today's figures ({@code
   * dashboard_metrics_update}) — read once for all the changes of that time, since counting the
   * day's messages is the expensive part and a busy shop changes many conversations a second.
   */
  void conversationChanged(@Observes ConversationChanged event) {
    Map<Session, Tenant> sockets = socketsOf(event.businessId());
    if (sockets.isEmpty()) {
      return;
    }
    Tenant reader = sockets.values().iterator().next();
    TenantContext.callAs(reader, () -> snapshot.conversation(event.conversationId()))
        .map(conversation -> json("dashboard_conversation_update", conversation))
        .ifPresent(update -> sockets.keySet().forEach(session -> trySend(session, update)));
    if (metricsDue.add(event.businessId())) {
      scheduler.schedule(
          () -> sendMetrics(event.businessId()), METRICS_DELAY_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** The business's rules changed: its sockets here get {@code dashboard_rules_update}. */
  void rulesChanged(@Observes RulesChanged event) {
    String json = json("dashboard_rules_update", event);
    socketsOf(event.businessId()).keySet().forEach(session -> trySend(session, json));
  }

  private void sendMetrics(UUID businessId) {
    metricsDue.remove(businessId);
    Map<Session, Tenant> sockets = socketsOf(businessId);
    if (sockets.isEmpty()) {
      return;
    }
    String json =
        json(
            "dashboard_metrics_update",
            TenantContext.callAs(sockets.values().iterator().next(), snapshot::metrics));
    sockets.keySet().forEach(session -> trySend(session, json));
  }

  private Map<Session, Tenant> socketsOf(UUID businessId) {
    Map<Session, Tenant> sockets = new HashMap<>();
    open.forEach(
        (session, tenant) -> {
          if (tenant.businessId().equals(businessId)) {
            sockets.put(session, tenant);
          }
        });
    return sockets;
  }

  /** How many dashboard sockets are open on this instance. */
  public int size() {
    return open.size();
  }

  private void expire(Session session) {
    try {
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "access token expired"));
    } catch (IOException gone) {
      LOG.log(Level.FINE, "dashboard socket already gone", gone);
    }
    forget(session);
  }

  private void trySend(Session session, String json) {
    try {
      send(session, json);
    } catch (IOException | IllegalStateException gone) {
      LOG.log(Level.FINE, "dropping a dashboard socket that cannot be written", gone);
      forget(session);
    }
  }

  private static String json(String type, Object data) {
    return JsonConfig.jsonb().toJson(new Message(type, data, Instant.now()));
  }

  private static void send(Session session, String json) throws IOException {
    // One writer at a time per socket: the observer and the opening thread may both send.
    synchronized (session) {
      session.getBasicRemote().sendText(json);
    }
  }

  /** The envelope of every server message (spec 5.1). */
  public record Message(String type, Object data, Instant timestamp) {}
}
