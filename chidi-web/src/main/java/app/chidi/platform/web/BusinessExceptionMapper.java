package app.chidi.platform.web;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.error.TooManyRequestsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.Status.Family;
import jakarta.ws.rs.core.Response.StatusType;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumMap;
import java.util.Map;

/** Business errors keep their code; their kind picks the status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  /** 422, which Jakarta REST 3.1's {@link Status} does not name. */
  private static final StatusType UNPROCESSABLE =
      new StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Family getFamily() {
          return Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  private static final Map<ErrorKind, StatusType> STATUS = new EnumMap<>(ErrorKind.class);

  static {
    STATUS.put(ErrorKind.INVALID_INPUT, Status.BAD_REQUEST);
    STATUS.put(ErrorKind.UNPROCESSABLE, UNPROCESSABLE);
    STATUS.put(ErrorKind.UNAUTHENTICATED, Status.UNAUTHORIZED);
    STATUS.put(ErrorKind.FORBIDDEN, Status.FORBIDDEN);
    STATUS.put(ErrorKind.NOT_FOUND, Status.NOT_FOUND);
    STATUS.put(ErrorKind.CONFLICT, Status.CONFLICT);
    STATUS.put(ErrorKind.TOO_LARGE, Status.REQUEST_ENTITY_TOO_LARGE);
    STATUS.put(ErrorKind.TOO_MANY_REQUESTS, Status.TOO_MANY_REQUESTS);
    STATUS.put(ErrorKind.UNAVAILABLE, Status.SERVICE_UNAVAILABLE);
  }

  @Override
  public Response toResponse(BusinessException exception) {
    StatusType status = STATUS.get(exception.kind());
    Long retryAfter =
        exception instanceof TooManyRequestsException limited
            ? Math.max(1, limited.retryAfter().toSeconds())
            : null;
    return new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            exception.getMessage(),
            exception.code(),
            exception instanceof InvalidFieldsException invalid
                ? invalid.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message()))
                    .toList()
                : null,
            retryAfter)
        .toResponse();
  }
}
