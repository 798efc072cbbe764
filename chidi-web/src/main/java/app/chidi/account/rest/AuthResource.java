package app.chidi.account.rest;

import static app.chidi.platform.web.ApiResponses.BODY_REQUIRED;

import app.chidi.account.boundary.Accounts;
import app.chidi.account.boundary.Credentials;
import app.chidi.account.boundary.InvalidTokenException;
import app.chidi.account.boundary.Session;
import app.chidi.account.boundary.Sessions;
import app.chidi.account.boundary.SignUp;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** Sign-up, sign-in, token refresh, sign-out and email verification (spec 5.1). */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Context HttpServletRequest request;

  @POST
  @Path("/signup")
  public Response signUp(@NotNull(message = BODY_REQUIRED) @Valid SignUp body) {
    var signedIn = accounts.signUp(body, request.getRemoteAddr());
    return Response.status(Response.Status.CREATED).entity(AuthResponse.of(signedIn)).build();
  }

  @POST
  @Path("/login")
  public AuthResponse logIn(@NotNull(message = BODY_REQUIRED) @Valid Credentials body) {
    return AuthResponse.of(sessions.logIn(body, request.getRemoteAddr()));
  }

  @POST
  @Path("/refresh")
  public Session refresh(@NotNull(message = BODY_REQUIRED) @Valid RefreshRequest body) {
    return sessions.refresh(body.refreshToken());
  }

  @POST
  @Path("/logout")
  public Response logOut(@NotNull(message = BODY_REQUIRED) @Valid RefreshRequest body) {
    sessions.logOut(body.refreshToken());
    return Response.noContent().build();
  }

  /** The link in the verification mail: browsers land on a page, API clients get JSON. */
  @GET
  @Path("/verify")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public Response verify(@QueryParam("token") String token, @Context HttpHeaders headers) {
    boolean browser = headers.getAcceptableMediaTypes().contains(MediaType.TEXT_HTML_TYPE);
    try {
      if (token == null || token.isBlank()) {
        throw new InvalidTokenException();
      }
      accounts.verifyEmail(token);
    } catch (InvalidTokenException invalid) {
      if (browser) {
        return toPage("invalid");
      }
      throw invalid;
    }
    return browser
        ? toPage("verified")
        : Response.ok(Map.of("verified", true), MediaType.APPLICATION_JSON).build();
  }

  private Response toPage(String result) {
    return Response.seeOther(
            URI.create(request.getContextPath() + "/verify.xhtml?result=" + result))
        .build();
  }
}
