package app.chidi.chat.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.chat.boundary.ChatRetention;
import app.chidi.chat.boundary.ChatSettings;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/chat/settings}: how long the business's chat is kept. Only the owner changes it. */
@Path("/chat/settings")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChatSettingsResource {

  @Inject ChatRetention retention;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ChatSettings read() {
    return retention.settings();
  }

  @PATCH
  @RolesAllowed(Roles.OWNER)
  public ChatSettings change(@NotNull(message = BODY_REQUIRED) @Valid ChatSettingsChange body) {
    return retention.keepFor(body.retentionDays());
  }
}
