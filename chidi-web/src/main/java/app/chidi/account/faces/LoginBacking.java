package app.chidi.account.faces;

import app.chidi.account.boundary.Credentials;
import app.chidi.account.boundary.Sessions;
import app.chidi.account.faces.FormMessages.Field;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** {@code login.xhtml}: signs in and returns to the dashboard page that asked for it. */
@Named
@RequestScoped
public class LoginBacking implements Serializable {

  private static final Map<String, Field> FIELDS =
      Map.of(
          "email", new Field("login:email", "Email"),
          "password", new Field("login:password", "Password"));

  @Inject Sessions sessions;
  @Inject Validator validator;
  @Inject HttpServletRequest request;

  private String email;
  private String password;
  private String next;
  private boolean expired;
  private boolean signedOut;

  /** Runs before the page shows: someone already signed in goes straight on. */
  public void enter() throws IOException {
    if (DashboardSession.of(request).isPresent()) {
      goOn();
    } else if (expired) {
      FormMessages.info("Your session has expired. Please sign in again.");
    } else if (signedOut) {
      FormMessages.info("You have signed out.");
    }
  }

  public void submit() throws IOException {
    Credentials credentials = new Credentials(email, password);
    if (FormMessages.valid(validator, credentials, FIELDS) && signedIn(credentials)) {
      goOn();
    }
  }

  private boolean signedIn(Credentials credentials) {
    try {
      BrowserSignIn.start(sessions.logIn(credentials, request.getRemoteAddr()), request);
      return true;
    } catch (BusinessException refusal) {
      FormMessages.refused(refusal, Map.of());
      return false;
    }
  }

  private void goOn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + destination(next));
  }

  /** Only dashboard paths, so a crafted sign-in link cannot send people to another site. */
  static String destination(String next) {
    boolean inDashboard =
        next != null && (next.equals("/dashboard") || next.startsWith("/dashboard/"));
    boolean plain =
        inDashboard
            && !next.contains("//")
            && !next.contains("\\")
            && !next.contains("..")
            && next.chars().noneMatch(Character::isISOControl);
    return plain ? next : "/dashboard/";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
