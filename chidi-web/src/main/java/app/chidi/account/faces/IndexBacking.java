package app.chidi.account.faces;

import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** {@code index.xhtml}, the welcome page: sends people to the dashboard or to sign in. */
@Named
@RequestScoped
public class IndexBacking implements Serializable {

  @Inject HttpServletRequest request;

  public String route() {
    return DashboardSession.of(request).isPresent()
        ? "/dashboard/index?faces-redirect=true"
        : "/login?faces-redirect=true";
  }
}
