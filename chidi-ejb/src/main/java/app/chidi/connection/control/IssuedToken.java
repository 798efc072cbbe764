package app.chidi.connection.control;

import java.time.Duration;

/**
 * A token Meta issued and how long it lasts. Its text never appears in {@link #toString()}, so it
 * cannot reach a log by accident.
 */
public record IssuedToken(String token, Duration lifetime) {

  @Override
  public String toString() {
    return "IssuedToken[lifetime=" + lifetime + "]";
  }
}
