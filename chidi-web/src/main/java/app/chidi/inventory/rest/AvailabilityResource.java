package app.chidi.inventory.rest;

import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What the assistant would learn about a customer's question — "the blue summer dress in M" — so
 * the shop can check it: matches, statuses and alternatives, never stock numbers.
 */
@Path("/inventory/availability")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AvailabilityResource {

  @Inject Availability availability;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public AvailabilityAnswer ask(@Valid @BeanParam Question question) {
    return availability.lookup(question.q);
  }

  /** The query: {@code q}, the customer's words. */
  public static class Question {
    @QueryParam("q")
    @NotBlank
    @Size(max = 500)
    String q;
  }
}
