package app.chidi.platform.error;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A business rule said no. Carries a stable code clients can rely on ({@code auth/email-exists})
 * and rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String code;
  private final ErrorKind kind;

  public BusinessException(ErrorKind kind, String code, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
  }

  public String code() {
    return code;
  }

  public ErrorKind kind() {
    return kind;
  }
}
