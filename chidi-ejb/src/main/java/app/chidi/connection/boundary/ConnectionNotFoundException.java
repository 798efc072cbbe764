package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No connection with that id in this business. */
public class ConnectionNotFoundException extends BusinessException {

  public ConnectionNotFoundException() {
    super(ErrorKind.NOT_FOUND, "channel/connection-not-found", "No such connection.");
  }
}
