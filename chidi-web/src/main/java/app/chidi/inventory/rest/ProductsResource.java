package app.chidi.inventory.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.MovementView;
import app.chidi.inventory.boundary.ProductChanges;
import app.chidi.inventory.boundary.ProductForm;
import app.chidi.inventory.boundary.ProductPage;
import app.chidi.inventory.boundary.ProductView;
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

/** The catalogue: list, create, read, change and archive products (spec 5.1). */
@Path("/inventory/products")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductsResource {

  @Inject Inventory inventory;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ProductPage list(@Valid @BeanParam ProductListParams params) {
    return inventory.products(params.toQuery());
  }

  @POST
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public Response create(@NotNull(message = BODY_REQUIRED) @Valid ProductForm body) {
    ProductView created = inventory.create(body);
    return ApiResponses.created(uri, created.id(), created);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public ProductView get(@PathParam("id") UUID id) {
    return inventory.product(id);
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public ProductView update(
      @PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid ProductChanges body) {
    return inventory.update(id, body);
  }

  /** Archives: the product leaves lists, customers' answers and exports; its history stays. */
  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public Response archive(@PathParam("id") UUID id) {
    inventory.archive(id);
    return Response.noContent().build();
  }

  @GET
  @Path("/variants/{variantId}/movements")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public List<MovementView> movements(@PathParam("variantId") UUID variantId) {
    return inventory.movements(variantId, 100);
  }
}
