package app.chidi.notification.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A daily span of local time in which a person does not want to be disturbed. A start after the end
 * spans midnight (22:00–07:00); equal start and end mean the whole day.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

  /** CHIDI's first shops are in Nigeria. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Africa/Lagos");

  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
  }

  /** Whether {@code instant} falls inside the quiet hours (start inclusive, end exclusive). */
  public boolean contains(Instant instant) {
    LocalTime local = instant.atZone(zone).toLocalTime();
    if (start.equals(end)) {
      return true;
    }
    if (start.isBefore(end)) {
      return !local.isBefore(start) && local.isBefore(end);
    }
    return !local.isBefore(start) || local.isBefore(end);
  }
}
