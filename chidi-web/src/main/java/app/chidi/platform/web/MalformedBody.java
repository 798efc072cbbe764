package app.chidi.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;

/** Recognises a request body that is missing or not the JSON the endpoint expects. */
final class MalformedBody {

  private MalformedBody() {}

  static boolean causedBy(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonException
          || cause instanceof NoContentException
          || cause instanceof FormData.MalformedFormException) {
        return true;
      }
    }
    return false;
  }

  static Problem problem() {
    return Problem.of(
        Response.Status.BAD_REQUEST,
        "request/malformed",
        "The body is not valid JSON (or form data) of the expected shape (check syntax, types and allowed values)");
  }
}
