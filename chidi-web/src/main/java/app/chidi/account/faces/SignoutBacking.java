package app.chidi.account.faces;

import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code signout.xhtml}: ends the dashboard session. The view is protected (faces-config.xml), so
 * only links carrying this session's Faces token reach it.
 */
@Named
@RequestScoped
public class SignoutBacking implements Serializable {

  @Inject HttpServletRequest request;

  public String signOut() {
    DashboardSession.signOut(request);
    return "/login?faces-redirect=true&signedOut=true";
  }
}
