package app.chidi.account.boundary;

import app.chidi.account.entity.OnboardingStatus;
import app.chidi.account.entity.Role;
import java.util.UUID;

/** Who is signed in, for which business, with which role. */
public record Me(UserView user, BusinessView business, Role role, boolean emailVerified) {

  /** The business of the session. */
  public record BusinessView(UUID id, String name, OnboardingStatus onboardingStatus) {}
}
