package app.chidi.connection.rest;

import app.chidi.connection.boundary.Connections;
import app.chidi.connection.boundary.InvalidOAuthStateException;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Instagram's login: the authorization window's URL for the dashboard, and the callback Instagram
 * sends the browser back to. A state CHIDI did not issue (or issued over 10 minutes ago) is refused
 * with 400; any other outcome sends the browser back to the Integrations page.
 */
@Path("/social/instagram")
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InstagramLoginResource {

  static final String PAGE = "/dashboard/integrations.xhtml";

  @Inject Connections connections;

  @GET
  @Path("/auth")
  @RolesAllowed({Roles.OWNER, Roles.ADMIN})
  public AuthorizationUrl authorize() {
    return new AuthorizationUrl(connections.instagramLoginUrl());
  }

  @GET
  @Path("/callback")
  @PermitAll
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error) {
    if (error != null || code == null || code.isBlank()) {
      return back("error=" + encode(error == null ? "channel/instagram-login-failed" : error));
    }
    try {
      connections.completeInstagramLogin(code, state);
    } catch (InvalidOAuthStateException e) {
      throw e;
    } catch (BusinessException e) {
      return back("error=" + encode(e.code()));
    }
    return back("connected=instagram");
  }

  private static Response back(String query) {
    return Response.seeOther(URI.create(PAGE + "?" + query)).build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Where to send the person to log in to Instagram. */
  public record AuthorizationUrl(String url) {}
}
