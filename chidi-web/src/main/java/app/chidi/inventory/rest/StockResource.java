package app.chidi.inventory.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.StockChange;
import app.chidi.inventory.entity.MovementType;
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

/** Stock adjustments, each one recorded in the variant's history. */
@Path("/inventory/stock")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class StockResource {

  @Inject Inventory inventory;

  @POST
  @Path("/adjust")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
  public StockChange adjust(@NotNull(message = BODY_REQUIRED) @Valid StockAdjustmentRequest body) {
    return inventory.adjustStock(
        body.variantId(), body.adjustment(), body.reason().strip(), MovementType.ADJUSTMENT);
  }
}
