package app.chidi.account.rest;

import app.chidi.account.boundary.Session;
import app.chidi.account.boundary.SignedIn;
import app.chidi.account.boundary.UserView;

/** {@code {user, session}} as in spec 5.1. */
public record AuthResponse(UserView user, Session session) {

  static AuthResponse of(SignedIn signedIn) {
    return new AuthResponse(signedIn.user(), signedIn.session());
  }
}
