package app.chidi.connection.control;

/**
 * Meta answered with an error, or not at all ({@code status} 0).
 *
 * @see <a href="https://developers.facebook.com/docs/graph-api/guides/error-handling">Graph API
 *     error handling</a>: {@code {"error": {"message", "type", "code", "error_subcode"}}}
 */
public class MetaCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Meta's code for an expired or invalidated access token. */
  public static final String EXPIRED_TOKEN = "190";

  private final int status;
  private final String code;

  public MetaCallException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** Whether Meta said the token itself is no longer valid. */
  public boolean tokenInvalid() {
    return EXPIRED_TOKEN.equals(code);
  }
}
