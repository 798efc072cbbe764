package app.chidi.channel.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.channel.boundary.ChannelInbox;
import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.MessagePage;
import app.chidi.channel.boundary.StoredMessage;
import app.chidi.channel.entity.Platform;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A platform's messages (spec 5.1), and the sandbox, where someone of the business writes as a
 * customer and the message takes the very path a WhatsApp or Instagram message takes.
 */
@Path("/social/{platform: whatsapp|instagram|sandbox}/messages")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SocialMessagesResource {

  @Inject Conversations conversations;
  @Inject ChannelInbox inbox;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public MessagePage list(
      @PathParam("platform") String platform,
      @QueryParam("page")
          @DefaultValue("1")
          @Pattern(regexp = "[1-9]\\d{0,5}", message = "must be a whole number from 1")
          String page,
      @QueryParam("limit")
          @DefaultValue("20")
          @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
          String limit) {
    return conversations.messages(
        Platform.of(platform).orElseThrow(NotFoundException::new),
        Integer.parseInt(page),
        Integer.parseInt(limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public Response write(
      @PathParam("platform") String platform,
      @NotNull(message = BODY_REQUIRED) @Valid SandboxRequest body) {
    if (!Platform.SANDBOX.key().equals(platform)) {
      throw new NotFoundException();
    }
    StoredMessage stored = inbox.acceptSandbox(body.toMessage());
    return Response.status(Response.Status.ACCEPTED).entity(stored).build();
  }
}
