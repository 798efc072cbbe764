package app.chidi.account.faces;

import app.chidi.account.boundary.SignedIn;
import app.chidi.platform.web.DashboardSession;
import jakarta.servlet.http.HttpServletRequest;

/** Opens the dashboard session of someone who has just signed up or signed in. */
final class BrowserSignIn {

  private BrowserSignIn() {}

  static void start(SignedIn signedIn, HttpServletRequest request) {
    new DashboardSession(
            signedIn.user().id(), signedIn.businessId(), signedIn.role(), signedIn.user().email())
        .signIn(request);
  }
}
