package app.chidi.account.rest;

import app.chidi.account.boundary.Accounts;
import app.chidi.account.boundary.Me;
import app.chidi.account.boundary.UserView;
import app.chidi.platform.security.Claims;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

  @Inject Accounts accounts;
  @Inject JsonWebToken token;

  @GET
  @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
  public MeResponse me() {
    Me me =
        accounts.me(
            UUID.fromString(token.getSubject()),
            UUID.fromString(token.getClaim(Claims.BUSINESS_ID).toString()));
    return new MeResponse(
        me.user(), me.business(), me.role().groupName(), me.emailVerified());
  }

  /** The API shape: the role in lower case as in tokens. */
  public record MeResponse(
      UserView user, Me.BusinessView business, String role, boolean emailVerified) {}
}
