package app.chidi.inventory.rest;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** The catalogue as CSV, in the shape the import reads back. */
@Path("/inventory/export")
@DenyAll
@RequestScoped
public class ExportResource {

  static final String CSV = "text/csv; charset=UTF-8";

  @Inject Inventory inventory;

  @GET
  @Produces(CSV)
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public Response export() {
    return Response.ok(inventory.exportCsv(), CSV)
        .header(
            "Content-Disposition", "attachment; filename=\"catalogue-" + LocalDate.now() + ".csv\"")
        .build();
  }
}
