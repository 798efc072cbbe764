package app.chidi.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document with CHIDI's stable {@code code}. Every error of the API is one of
 * these; none carries a stack trace.
 *
 * @param errors field errors of a {@code validation/failed} problem, else {@code null}
 * @param retryAfter seconds to wait for a {@code request/rate-limited} or {@code
 *     server/unavailable} problem, else {@code null}
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    List<FieldError> errors,
    Long retryAfter) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One invalid field. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String code, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, code, null, null);
  }

  /** This problem, telling the caller to try again in {@code seconds}. */
  public Problem withRetryAfter(long seconds) {
    return new Problem(type, title, status, detail, code, errors, seconds);
  }

  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter);
    }
    return response.build();
  }
}
