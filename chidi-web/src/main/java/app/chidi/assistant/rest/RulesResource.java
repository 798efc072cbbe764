package app.chidi.assistant.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Rules;
import app.chidi.platform.web.ApiResponses;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Business rules: list, teach, change, toggle, delete, and try them out (spec 3.2). */
@Path("/rules")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class RulesResource {

  @Inject Rules rules;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public List<RuleView> list() {
    return rules.list();
  }

  @POST
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response create(@NotNull(message = BODY_REQUIRED) @Valid RuleForm body) {
    RuleView created = rules.create(body);
    return ApiResponses.created(uri, created.id(), created);
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public RuleView update(
      @PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid RuleChanges body) {
    return rules.update(id, body);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response delete(@PathParam("id") UUID id) {
    rules.delete(id);
    return Response.noContent().build();
  }

  /** What the rules would do for these facts; nothing is logged or changed. */
  @POST
  @Path("/evaluate")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Evaluation evaluate(@NotNull(message = BODY_REQUIRED) @Valid RuleTrial body) {
    return rules.evaluate(body.context(), body.ruleId());
  }
}
