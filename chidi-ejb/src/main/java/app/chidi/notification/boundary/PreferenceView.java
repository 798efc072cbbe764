package app.chidi.notification.boundary;

import java.time.LocalTime;

/**
 * The effective settings of one notification type for the signed-in person.
 *
 * @param email {@code immediate}, {@code digest} or {@code off}
 * @param quietHoursStart with {@code quietHoursEnd}, or both {@code null}
 * @param timeZone the IANA zone the quiet hours are in
 */
public record PreferenceView(
    String type,
    boolean inApp,
    String email,
    LocalTime quietHoursStart,
    LocalTime quietHoursEnd,
    String timeZone) {}
