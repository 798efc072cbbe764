package app.chidi.assistant.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.assistant.boundary.AssistantSettings;
import app.chidi.assistant.boundary.SettingsChanges;
import app.chidi.assistant.boundary.SettingsView;
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

/** The business's settings; only the owner changes them. */
@Path("/settings")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SettingsResource {

  @Inject AssistantSettings settings;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public SettingsView get() {
    return settings.settings();
  }

  @PATCH
  @RolesAllowed(Roles.OWNER)
  public SettingsView change(@NotNull(message = BODY_REQUIRED) @Valid SettingsChanges body) {
    return settings.change(body);
  }
}
