package app.chidi.notification.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.notification.boundary.NotificationSettings;
import app.chidi.notification.boundary.PreferenceView;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The signed-in person's notification preferences, one entry per notification type. */
@Path("/notifications/preferences")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationPreferencesResource {

  @Inject NotificationSettings settings;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Preferences get() {
    return new Preferences(settings.preferences());
  }

  @PUT
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Preferences put(@NotNull(message = BODY_REQUIRED) @Valid Changes body) {
    return new Preferences(
        settings.change(body.preferences().stream().map(PreferenceRequest::toView).toList()));
  }

  /** Every type's effective settings. */
  public record Preferences(List<PreferenceView> preferences) {}

  /** The types to change; the others keep their settings. */
  public record Changes(
      @NotNull(message = "must list the types to change") @Size(max = 50)
          List<@NotNull @Valid PreferenceRequest> preferences) {}
}
