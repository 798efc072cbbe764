package app.chidi.platform.error;

/** The broad class of a business error; the web layer maps it to an HTTP status. */
public enum ErrorKind {
  INVALID_INPUT,
  /** Well-formed, but a remote system (Meta) did not accept what it names. */
  UNPROCESSABLE,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  TOO_LARGE,
  TOO_MANY_REQUESTS,
  UNAVAILABLE
}
