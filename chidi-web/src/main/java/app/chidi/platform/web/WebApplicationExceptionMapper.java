package app.chidi.platform.web;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/**
 * JAX-RS' own errors (unknown path, wrong method or media type, missing role) as problems with
 * stable codes. A missing role without any token is "not signed in" (401), not "forbidden".
 */
@jakarta.ws.rs.ext.Provider
public class WebApplicationExceptionMapper
    implements jakarta.ws.rs.ext.ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, String> CODES =
      Map.of(
          400, "request/bad-request",
          401, "auth/unauthenticated",
          403, "auth/forbidden",
          404, "request/not-found",
          405, "request/method-not-allowed",
          406, "request/not-acceptable",
          413, "request/too-large",
          415, "request/unsupported-media-type");

  @Context SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (MalformedBody.causedBy(exception)) {
      return MalformedBody.problem().toResponse();
    }
    Status status = statusOf(exception);
    String code = CODES.getOrDefault(status.getStatusCode(), "request/error");
    Response response = Problem.of(status, code, detail(status)).toResponse();
    return status == Status.UNAUTHORIZED
        ? Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build()
        : response;
  }

  private Status statusOf(WebApplicationException exception) {
    boolean anonymous = security == null || security.getUserPrincipal() == null;
    if (exception instanceof NotAuthorizedException
        || (exception instanceof ForbiddenException && anonymous)) {
      return Status.UNAUTHORIZED;
    }
    Status status = Status.fromStatusCode(exception.getResponse().getStatus());
    return status == null ? Status.BAD_REQUEST : status;
  }

  private static String detail(Status status) {
    return switch (status) {
      case UNAUTHORIZED -> "Sign in first: send a valid access token";
      case FORBIDDEN -> "Your role does not allow this";
      case NOT_FOUND -> "There is nothing at this address";
      case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large";
      default -> status.getReasonPhrase();
    };
  }
}
