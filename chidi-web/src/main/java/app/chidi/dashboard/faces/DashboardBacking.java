package app.chidi.dashboard.faces;

import app.chidi.account.boundary.Accounts;
import app.chidi.account.boundary.Me;
import app.chidi.account.entity.OnboardingStatus;
import app.chidi.notification.boundary.Mailer;
import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The dashboard shell ({@code WEB-INF/templates/dashboard.xhtml}) and its home page: who is signed
 * in, for which business, and what they still have to do.
 */
@Named
@RequestScoped
public class DashboardBacking implements Serializable {

  @Inject Accounts accounts;
  @Inject Mailer mailer;
  @Inject HttpServletRequest request;

  private Me me;
  private Boolean devMailboxEnabled;

  /** Read once per request; the session holds only ids, so renamed businesses show at once. */
  public Me getMe() {
    if (me == null) {
      DashboardSession session =
          DashboardSession.of(request)
              .orElseThrow(() -> new IllegalStateException("DashboardGuard lets no one else in"));
      me = accounts.me(session.userId(), session.businessId());
    }
    return me;
  }

  public String getBusinessName() {
    return getMe().business().name();
  }

  public String getEmail() {
    return getMe().user().email();
  }

  public boolean isEmailVerified() {
    return getMe().emailVerified();
  }

  public String getRole() {
    String name = getMe().role().name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  public boolean isOnboarded() {
    return getMe().business().onboardingStatus() == OnboardingStatus.COMPLETED;
  }

  public String getOnboarding() {
    return switch (getMe().business().onboardingStatus()) {
      case PENDING -> "Not started";
      case IN_PROGRESS -> "In progress";
      case COMPLETED -> "Complete";
    };
  }

  public boolean isDevMailboxEnabled() {
    if (devMailboxEnabled == null) {
      devMailboxEnabled = mailer.devMailboxEnabled();
    }
    return devMailboxEnabled;
  }
}
