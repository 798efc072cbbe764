package app.chidi.notification.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.notification.boundary.PushSubscriptionView;
import app.chidi.notification.boundary.WebPush;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in person's browsers subscribed to Web Push, and the VAPID key to subscribe with. The
 * body of {@code POST} is what the browser's {@code PushSubscription.toJSON()} gives.
 */
@Path("/notifications/push-subscriptions")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class PushSubscriptionsResource {

  @Inject WebPush webPush;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Subscriptions list() {
    return new Subscriptions(webPush.publicKey(), webPush.mine());
  }

  @POST
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Response subscribe(@NotNull(message = BODY_REQUIRED) @Valid PushSubscriptionRequest body) {
    PushSubscriptionView subscribed =
        webPush.subscribe(body.endpoint(), body.keys().p256dh(), body.keys().auth());
    return Response.status(Response.Status.CREATED).entity(subscribed).build();
  }

  @DELETE
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public void unsubscribe(
      @QueryParam("endpoint") @NotBlank(message = "must name the subscription's endpoint")
          String endpoint) {
    if (!webPush.unsubscribe(endpoint)) {
      throw new NotFoundException("No such push subscription");
    }
  }

  /** The key for {@code PushManager.subscribe} and the person's subscriptions. */
  public record Subscriptions(String vapidPublicKey, List<PushSubscriptionView> subscriptions) {}
}
