package app.chidi.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures at the edge: {@code validation/failed} with one entry per field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    Response.Status status = Response.Status.BAD_REQUEST;
    return new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            "The request has invalid fields",
            "validation/failed",
            errors,
            null)
        .toResponse();
  }

  /** The JSON name of the offending field: the last node of the path, in snake_case. */
  private static String field(ConstraintViolation<?> violation) {
    List<Path.Node> nodes =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
    Path.Node last = nodes.get(nodes.size() - 1);
    if (last.getKind() == jakarta.validation.ElementKind.PARAMETER) {
      return "body";
    }
    return last.getName()
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
