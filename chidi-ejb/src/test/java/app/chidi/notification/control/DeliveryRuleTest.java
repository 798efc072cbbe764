package app.chidi.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.notification.entity.EmailDelivery;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.notification.entity.NotificationPriority;
import app.chidi.notification.entity.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryRuleTest {

  private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");
  // 23:30 in Lagos (UTC+1).
  private static final Instant LATE = Instant.parse("2026-03-02T22:30:00Z");
  private static final Instant NOON = Instant.parse("2026-03-02T11:00:00Z");

  private static NotificationPreference preference(boolean inApp, QuietHours quiet) {
    NotificationPreference preference =
        new NotificationPreference(UUID.randomUUID(), UUID.randomUUID(), "low_stock");
    preference.change(inApp, EmailDelivery.DIGEST, OffsetDateTime.now());
    preference.quiet(quiet, LAGOS);
    return preference;
  }

  private static QuietHours nights() {
    return new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), LAGOS);
  }

  @Test
  void withoutPreferencesEverythingIsPushed() {
    assertTrue(DeliveryRule.pushLive(null, NotificationPriority.LOW, LATE));
  }

  @Test
  void inAppOffHoldsBackAllButHighPriority() {
    NotificationPreference off = preference(false, null);
    assertFalse(DeliveryRule.pushLive(off, NotificationPriority.MEDIUM, NOON));
    assertTrue(DeliveryRule.pushLive(off, NotificationPriority.HIGH, NOON));
  }

  @Test
  void quietHoursSpanMidnightInThePersonsZone() {
    NotificationPreference quiet = preference(true, nights());
    assertFalse(DeliveryRule.pushLive(quiet, NotificationPriority.LOW, LATE));
    assertTrue(DeliveryRule.pushLive(quiet, NotificationPriority.HIGH, LATE));
    assertTrue(DeliveryRule.pushLive(quiet, NotificationPriority.LOW, NOON));
  }

  @Test
  void quietHoursIncludeTheStartAndExcludeTheEnd() {
    QuietHours nights = nights();
    assertTrue(nights.contains(Instant.parse("2026-03-02T21:00:00Z")), "22:00 local");
    assertTrue(nights.contains(Instant.parse("2026-03-03T05:59:00Z")), "06:59 local");
    assertFalse(nights.contains(Instant.parse("2026-03-03T06:00:00Z")), "07:00 local");
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), LAGOS);
    assertTrue(lunch.contains(NOON));
    assertFalse(lunch.contains(LATE));
  }

  @Test
  void mailGoesAtOnceOnlyWhenWantedAndOutsideTheQuietHours() {
    assertTrue(DeliveryRule.mailNow(EmailDelivery.IMMEDIATE, null, LATE));
    assertTrue(DeliveryRule.mailNow(EmailDelivery.IMMEDIATE, nights(), NOON));
    assertFalse(DeliveryRule.mailNow(EmailDelivery.IMMEDIATE, nights(), LATE));
    assertFalse(DeliveryRule.mailNow(EmailDelivery.DIGEST, null, NOON));
    assertFalse(DeliveryRule.mailNow(EmailDelivery.OFF, null, NOON));
  }
}
