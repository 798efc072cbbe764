package app.chidi.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper took. Unreadable bodies become {@code request/malformed} and bodies
 * over the limit {@code request/too-large}, work the broker could not take {@code
 * server/unavailable} (503); anything else is a fault of ours: logged once with an incident id,
 * answered 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    Optional<Long> brokenLimit = BodySizeLimit.brokenLimit(exception);
    if (brokenLimit.isPresent()) {
      return BodySizeLimit.response(brokenLimit.get());
    }
    if (MalformedBody.causedBy(exception)) {
      return MalformedBody.problem().toResponse();
    }
    if (BrokerUnavailable.causedBy(exception)) {
      LOG.warning(() -> "Message broker unavailable; answered 503: " + exception);
      return BrokerUnavailable.response();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "server/error",
            "Something went wrong on our side (incident " + incident + ")")
        .toResponse();
  }
}
