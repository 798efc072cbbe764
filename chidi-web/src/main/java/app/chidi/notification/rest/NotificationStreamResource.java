package app.chidi.notification.rest;

import app.chidi.notification.boundary.NotificationFeed;
import app.chidi.notification.sse.NotificationStreams;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Server-sent events of the signed-in person's notifications (spec 5.1): event name = type, id =
 * the notification id; {@code notification_read} events (no id) when notifications are marked read.
 * With {@code Last-Event-ID} it first replays what was created after that notification. The stream
 * ends when the access token expires; the client reconnects with a fresh one.
 */
@Path("/notifications/stream")
@DenyAll
@RequestScoped
public class NotificationStreamResource {

  @Inject NotificationFeed feed;
  @Inject NotificationStreams streams;
  @Inject JsonWebToken token;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public void stream(
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    UUID cursor = cursor(lastEventId);
    streams.open(
        sink,
        sse,
        TenantContext.current().orElseThrow(),
        Instant.ofEpochSecond(token.getExpirationTime()),
        () -> cursor == null ? List.of() : feed.missedSince(cursor));
  }

  /** An id that is not one of ours replays nothing, as a first connection would. */
  private static UUID cursor(String lastEventId) {
    try {
      return lastEventId == null ? null : UUID.fromString(lastEventId.strip());
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
  }
}
