package app.chidi.assistant.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeChanges;
import app.chidi.assistant.boundary.KnowledgeForm;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.platform.web.ApiResponses;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

/** The business's knowledge: policies, FAQs and other information for the assistant. */
@Path("/knowledge")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class KnowledgeResource {

  @Inject Knowledge knowledge;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public List<KnowledgeView> list(@Valid @BeanParam KnowledgeListParams params) {
    return knowledge.list(params.type);
  }

  @POST
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response create(@NotNull(message = BODY_REQUIRED) @Valid KnowledgeForm body) {
    KnowledgeView created = knowledge.create(body);
    return ApiResponses.created(uri, created.id(), created);
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public KnowledgeView update(
      @PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid KnowledgeChanges body) {
    return knowledge.update(id, body);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response delete(@PathParam("id") UUID id) {
    knowledge.delete(id);
    return Response.noContent().build();
  }
}
