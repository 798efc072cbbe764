package app.chidi.notification.rest;

import app.chidi.notification.boundary.NotificationPage;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.notification.boundary.Notifications;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * The signed-in person's notifications (spec 5.1): their own and those for the whole business.
 * Every role reads and marks read: it is their own inbox.
 */
@Path("/notifications")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationsResource {

  @Inject Notifications notifications;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public NotificationPage list(@Valid @BeanParam NotificationListParams params) {
    return notifications.list(params.toQuery());
  }

  @PATCH
  @Path("/{id}/read")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public NotificationView markRead(@PathParam("id") UUID id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("/read-all")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ReadAll markAllRead() {
    return new ReadAll(notifications.markAllRead());
  }

  /** The answer of {@code read-all}: how many notifications changed to read. */
  public record ReadAll(int updated) {}
}
