package app.chidi.notification.rest;

import app.chidi.notification.boundary.NotificationTypes;
import app.chidi.notification.boundary.PreferenceView;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The settings of one type in {@code PUT /api/notifications/preferences}. Times are {@code HH:mm}
 * in {@code time_zone} (default Africa/Lagos); a start after the end spans midnight.
 */
public record PreferenceRequest(
    @NotNull
        @Pattern(
            regexp = NotificationTypes.PATTERN,
            message = "must be one of " + NotificationTypes.PATTERN)
        String type,
    @NotNull Boolean inApp,
    @NotNull @Pattern(regexp = "immediate|digest|off", message = "must be immediate, digest or off")
        String email,
    @Pattern(regexp = TIME, message = "must be a time HH:mm") String quietHoursStart,
    @Pattern(regexp = TIME, message = "must be a time HH:mm") String quietHoursEnd,
    @Size(max = 64) String timeZone) {

  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  /** Named so that a violation is reported on the field {@code quiet_hours}. */
  @AssertTrue(message = "quiet_hours_start and quiet_hours_end are both given or both left out")
  public boolean isQuietHours() {
    return (quietHoursStart == null) == (quietHoursEnd == null);
  }

  /** Named so that a violation is reported on the field {@code time_zone}. */
  @AssertTrue(message = "must be an IANA time zone such as Africa/Lagos")
  public boolean isTimeZone() {
    if (timeZone == null) {
      return true;
    }
    try {
      ZoneId.of(timeZone);
      return true;
    } catch (DateTimeException unknown) {
      return false;
    }
  }

  PreferenceView toView() {
    return new PreferenceView(
        type, inApp, email, time(quietHoursStart), time(quietHoursEnd), timeZone);
  }

  private static LocalTime time(String text) {
    return text == null ? null : LocalTime.parse(text);
  }
}
