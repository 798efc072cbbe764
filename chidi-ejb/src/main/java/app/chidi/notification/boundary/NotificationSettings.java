package app.chidi.notification.boundary;

import app.chidi.notification.control.PreferenceRepository;
import app.chidi.notification.entity.EmailDelivery;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.notification.entity.QuietHours;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each person's notification preferences, per type. A type without a stored row has the defaults:
 * in the app, e-mail per {@link NotificationTypes#defaultEmail}, no quiet hours.
 */
@Stateless
@Tenanted
public class NotificationSettings {

  @Inject PreferenceRepository preferences;

  /** The signed-in person's effective settings for every known type, in the order of the list. */
  public List<PreferenceView> preferences() {
    Map<String, NotificationPreference> stored = stored(TenantContext.user());
    return NotificationTypes.ALL.stream().map(type -> view(type, stored.get(type))).toList();
  }

  /**
   * Replaces the settings of the types given (types left out keep theirs) and returns all of them.
   * The caller validated types, e-mail values, times and zones.
   */
  public List<PreferenceView> change(List<PreferenceView> changes) {
    UUID user = TenantContext.user();
    Map<String, NotificationPreference> stored = stored(user);
    OffsetDateTime now = OffsetDateTime.now();
    for (PreferenceView change : changes) {
      NotificationPreference preference = stored.get(change.type());
      if (preference == null) {
        preference = new NotificationPreference(TenantContext.business(), user, change.type());
        preferences.add(preference);
        stored.put(change.type(), preference);
      }
      preference.change(
          change.inApp(), EmailDelivery.valueOf(change.email().toUpperCase(Locale.ROOT)), now);
      ZoneId zone =
          change.timeZone() == null ? QuietHours.DEFAULT_ZONE : ZoneId.of(change.timeZone());
      preference.quiet(quietHours(change, zone), zone);
    }
    return preferences();
  }

  private Map<String, NotificationPreference> stored(UUID user) {
    return preferences.ofUser(user).stream()
        .collect(
            Collectors.toMap(
                NotificationPreference::type, Function.identity(), (a, b) -> a, HashMap::new));
  }

  private static QuietHours quietHours(PreferenceView change, ZoneId zone) {
    if (change.quietHoursStart() == null) {
      return null;
    }
    return new QuietHours(change.quietHoursStart(), change.quietHoursEnd(), zone);
  }

  private static PreferenceView view(String type, NotificationPreference stored) {
    if (stored == null) {
      return new PreferenceView(
          type,
          true,
          NotificationTypes.defaultEmail(type).name().toLowerCase(Locale.ROOT),
          null,
          null,
          QuietHours.DEFAULT_ZONE.getId());
    }
    QuietHours quiet = stored.quietHours();
    return new PreferenceView(
        type,
        stored.inApp(),
        stored.email().name().toLowerCase(Locale.ROOT),
        quiet == null ? null : quiet.start(),
        quiet == null ? null : quiet.end(),
        stored.timeZone());
  }
}
