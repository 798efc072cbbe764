package app.chidi.channel.rest;

import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.MessagePage;
import app.chidi.channel.entity.Platform;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A platform's messages (spec 5.1), the sandbox's included; writing to the sandbox is {@link
 * SandboxResource}'s.
 */
@Path("/social/{platform: whatsapp|instagram|sandbox}/messages")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SocialMessagesResource {

  @Inject Conversations conversations;

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
}
