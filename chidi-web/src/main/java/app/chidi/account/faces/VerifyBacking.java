package app.chidi.account.faces;

import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code verify.xhtml}: where the confirmation link lands. The REST endpoint redeems the token and
 * passes only the outcome, so this page changes nothing.
 */
@Named
@RequestScoped
public class VerifyBacking implements Serializable {

  @Inject HttpServletRequest request;

  private String result;

  public boolean isVerified() {
    return "verified".equals(result);
  }

  public boolean isSignedIn() {
    return DashboardSession.of(request).isPresent();
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
