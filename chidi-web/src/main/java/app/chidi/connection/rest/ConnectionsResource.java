package app.chidi.connection.rest;

import app.chidi.connection.boundary.ConnectionView;
import app.chidi.connection.boundary.Connections;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The business's connections: everyone sees them, owners and admins cut them. */
@Path("/social/connections")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConnectionsResource {

  @Inject Connections connections;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public List<ConnectionView> list() {
    return connections.list();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public ConnectionView disconnect(@PathParam("id") UUID id) {
    return connections.disconnect(id);
  }
}
