package app.chidi.connection.control;

/**
 * A sealed value did not open: sealed for another business or purpose, altered, or sealed with a
 * key that has left the keyset. Says nothing about the value itself.
 */
public class UnreadableTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableTokenException() {
    super("the sealed value does not open with this keyset and associated data");
  }
}
