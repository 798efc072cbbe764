package app.chidi.platform.tenancy;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose rows a unit of work may touch: a business, and the signed-in user when there is one. The
 * nil business stands for "a signed-in user who has not chosen a business yet": no row belongs to
 * it, so such a context can read only the user's own memberships.
 *
 * @param businessId the tenant; the nil UUID when none is chosen yet
 * @param userId the signed-in user, or {@code null} for background work
 */
public record Tenant(UUID businessId, UUID userId) {

  static final UUID NONE = new UUID(0, 0);

  public Tenant {
    Objects.requireNonNull(businessId, "businessId");
  }

  /** Background work for one business (message-driven beans, timers). */
  public static Tenant business(UUID businessId) {
    return new Tenant(businessId, null);
  }

  /** A signed-in user before a business is chosen. */
  public static Tenant userOnly(UUID userId) {
    return new Tenant(NONE, Objects.requireNonNull(userId, "userId"));
  }

  public boolean hasBusiness() {
    return !NONE.equals(businessId);
  }
}
