package app.chidi.notification.sse;

import app.chidi.notification.boundary.NotificationPublished;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.web.JsonConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One open stream of one person. Until its replay is done, live events are queued, so a client
 * reconnecting with Last-Event-ID gets what it missed first, in order, and nothing twice. Sends are
 * serialised: events never interleave on the wire.
 */
final class NotificationStream {

  private final EventSink sink;
  private final Tenant tenant;
  private final Consumer<NotificationStream> onClose;
  private List<LiveEvent> queued = new ArrayList<>();
  private final Set<UUID> replayed = new HashSet<>();

  NotificationStream(EventSink sink, Tenant tenant, Consumer<NotificationStream> gone) {
    this.sink = sink;
    this.tenant = tenant;
    this.onClose = gone;
  }

  /** Sends what the client missed, then everything queued meanwhile, and goes live. */
  synchronized void replay(List<NotificationView> missed) {
    missed.forEach(view -> send(event(view.type(), view.id(), view)));
    missed.forEach(view -> replayed.add(view.id()));
    List<LiveEvent> meanwhile = queued;
    queued = null;
    meanwhile.stream().filter(e -> !replayed.contains(e.published().id())).forEach(this::push);
  }

  synchronized void offer(LiveEvent event) {
    if (!event.published().isFor(tenant.businessId(), tenant.userId())) {
      return;
    }
    if (queued != null) {
      queued.add(event);
    } else if (!replayed.contains(event.published().id())) {
      // A replayed notification's own message may reach this instance after the replay ended.
      push(event);
    }
  }

  synchronized void heartbeat() {
    if (sink.isClosed()) {
      onClose.accept(this);
      return;
    }
    failed(sink.comment("heartbeat"));
  }

  /** Ends the stream cleanly (the access token expired, or the server stops). */
  synchronized void close() {
    if (!sink.isClosed()) {
      sink.close();
    }
    onClose.accept(this);
  }

  private void push(LiveEvent event) {
    NotificationPublished published = event.published();
    UUID id = published.id();
    send(new Event(published.name(), id == null ? null : id.toString(), event.data()));
  }

  private Event event(String name, UUID id, Object data) {
    return new Event(name, id == null ? null : id.toString(), JsonConfig.jsonb().toJson(data));
  }

  private record Event(String name, String id, String data) {}

  /** A failed send means the client went away: the stream is closed and forgotten. */
  private void send(Event event) {
    if (sink.isClosed()) {
      onClose.accept(this);
      return;
    }
    failed(sink.event(event.name(), event.id(), event.data()));
  }

  private void failed(CompletionStage<?> sent) {
    sent.exceptionally(
        failure -> {
          close();
          return null;
        });
  }
}
