package app.chidi.connection.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.connection.boundary.ConnectionView;
import app.chidi.connection.boundary.Connections;
import app.chidi.connection.boundary.ManualConnection;
import app.chidi.connection.entity.Platform;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Connecting a WhatsApp number (or an Instagram account with its token) by hand. */
@Path("/social/{platform}/connections")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class PlatformConnectionsResource {

  @Inject Connections connections;

  @POST
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response connect(
      @PathParam("platform") String platform,
      @NotNull(message = BODY_REQUIRED) @Valid ManualConnection body) {
    ConnectionView connected = connections.connect(platform(platform), body);
    return Response.status(Response.Status.CREATED).entity(connected).build();
  }

  private static Platform platform(String name) {
    return switch (name) {
      case "whatsapp" -> Platform.WHATSAPP;
      case "instagram" -> Platform.INSTAGRAM;
      default -> throw new NotFoundException("No platform '" + name + "' to connect by hand");
    };
  }
}
