package app.chidi.notification.sse;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;

/** The API's stream ({@code GET /api/notifications/stream}, bearer token): a JAX-RS sink. */
record JaxRsEventSink(SseEventSink sink, Sse sse) implements EventSink {

  @Override
  public CompletionStage<?> event(String name, String id, String data) {
    OutboundSseEvent.Builder event =
        sse.newEventBuilder()
            .name(name)
            .mediaType(MediaType.TEXT_PLAIN_TYPE)
            .data(String.class, data);
    return sink.send(id == null ? event.build() : event.id(id).build());
  }

  @Override
  public CompletionStage<?> comment(String text) {
    return sink.send(sse.newEventBuilder().comment(text).build());
  }

  @Override
  public boolean isClosed() {
    return sink.isClosed();
  }

  @Override
  public void close() {
    sink.close();
  }
}
