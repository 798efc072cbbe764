package app.chidi.account.rest;

import app.chidi.account.boundary.Accounts;
import app.chidi.account.boundary.Me;
import app.chidi.account.boundary.UserView;
import app.chidi.platform.security.Claims;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in. */
@Path("/me")
@DenyAll
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
    Me.BusinessView business = me.business();
    return new MeResponse(
        me.user(),
        new BusinessResponse(
            business.id(),
            business.name(),
            business.onboardingStatus().name().toLowerCase(Locale.ROOT)),
        me.role().groupName(),
        me.emailVerified());
  }

  /** The API shape: the role in lower case as in tokens. */
  public record MeResponse(
      UserView user, BusinessResponse business, String role, boolean emailVerified) {}

  /** The business, its onboarding status in lower case as in the spec's data model. */
  public record BusinessResponse(UUID id, String name, String onboardingStatus) {}
}
