package app.chidi.platform.web;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} bean that failed to commit. Jersey's own mapper for this type rethrows
 * it, which bypasses {@link UnexpectedExceptionMapper} and ends in the container's HTML error page;
 * this one answers with the same problem document as every other fault.
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

  @Override
  public Response toResponse(TransactionalException exception) {
    return unexpected.toResponse(exception);
  }
}
