package app.chidi.assistant.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.assistant.boundary.Assistant;
import app.chidi.assistant.boundary.Reply;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "What would CHIDI reply to this?" — nothing is sent or stored. */
@Path("/assistant")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssistantResource {

  @Inject Assistant assistant;

  @POST
  @Path("/preview")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Reply preview(@NotNull(message = BODY_REQUIRED) @Valid PreviewRequest body) {
    return assistant.reply(body.toMessage());
  }
}
