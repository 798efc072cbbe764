package app.chidi.notification.sse;

import app.chidi.notification.boundary.NotificationPublished;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.web.JsonConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One open stream of one person. Until its replay is done, live events are queued, so a client
 * reconnecting with Last-Event-ID gets what it missed first, in order, and nothing twice. Sends are
 * serialised: events never interleave on the wire.
 */
final class NotificationStream {

  private final SseEventSink sink;
  private final Sse sse;
  private final Tenant tenant;
  private final Consumer<NotificationStream> onClose;
  private List<NotificationPublished> queued = new ArrayList<>();
  private final Set<UUID> replayed = new HashSet<>();

  NotificationStream(SseEventSink sink, Sse sse, Tenant tenant, Consumer<NotificationStream> gone) {
    this.sink = sink;
    this.sse = sse;
    this.tenant = tenant;
    this.onClose = gone;
  }

  /** Sends what the client missed, then everything queued meanwhile, and goes live. */
  synchronized void replay(List<NotificationView> missed) {
    missed.forEach(view -> send(event(view.type(), view.id(), view)));
    missed.forEach(view -> replayed.add(view.id()));
    List<NotificationPublished> meanwhile = queued;
    queued = null;
    meanwhile.stream().filter(e -> !replayed.contains(e.id())).forEach(this::push);
  }

  synchronized void offer(NotificationPublished event) {
    if (!event.isFor(tenant.businessId(), tenant.userId())) {
      return;
    }
    if (queued != null) {
      queued.add(event);
    } else {
      push(event);
    }
  }

  synchronized void heartbeat() {
    send(sse.newEventBuilder().comment("heartbeat").build());
  }

  /** Ends the stream cleanly (the access token expired, or the server stops). */
  synchronized void close() {
    if (!sink.isClosed()) {
      sink.close();
    }
    onClose.accept(this);
  }

  private void push(NotificationPublished event) {
    send(event(event.name(), event.id(), event.data()));
  }

  private OutboundSseEvent event(String name, UUID id, Object data) {
    OutboundSseEvent.Builder event =
        sse.newEventBuilder()
            .name(name)
            .mediaType(MediaType.TEXT_PLAIN_TYPE)
            .data(String.class, JsonConfig.jsonb().toJson(data));
    return id == null ? event.build() : event.id(id.toString()).build();
  }

  /** A failed send means the client went away: the stream is closed and forgotten. */
  private void send(OutboundSseEvent event) {
    if (sink.isClosed()) {
      onClose.accept(this);
      return;
    }
    sink.send(event)
        .exceptionally(
            failure -> {
              close();
              return null;
            });
  }
}
