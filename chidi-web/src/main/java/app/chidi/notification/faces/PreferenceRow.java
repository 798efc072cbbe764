package app.chidi.notification.faces;

import app.chidi.notification.boundary.PreferenceView;
import java.io.Serializable;
import java.time.LocalTime;

/** One type's row of the preferences form, as the fields edit it (times as {@code HH:mm}). */
public class PreferenceRow implements Serializable {

  private final String type;
  private final String timeZone;
  private boolean inApp;
  private String email;
  private String quietStart;
  private String quietEnd;

  PreferenceRow(PreferenceView view) {
    this.type = view.type();
    this.timeZone = view.timeZone();
    this.inApp = view.inApp();
    this.email = view.email();
    this.quietStart = view.quietHoursStart() == null ? "" : view.quietHoursStart().toString();
    this.quietEnd = view.quietHoursEnd() == null ? "" : view.quietHoursEnd().toString();
  }

  /** Both times or neither; {@code null} when only one is given. */
  PreferenceView toView() {
    boolean start = !blank(quietStart);
    boolean end = !blank(quietEnd);
    if (start != end) {
      return null;
    }
    return new PreferenceView(
        type,
        inApp,
        email,
        start ? LocalTime.parse(quietStart) : null,
        end ? LocalTime.parse(quietEnd) : null,
        timeZone);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getType() {
    return type;
  }

  public String getLabel() {
    return NotificationItem.label(type);
  }

  public String getTimeZone() {
    return timeZone;
  }

  public boolean isInApp() {
    return inApp;
  }

  public void setInApp(boolean inApp) {
    this.inApp = inApp;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getQuietStart() {
    return quietStart;
  }

  public void setQuietStart(String quietStart) {
    this.quietStart = quietStart;
  }

  public String getQuietEnd() {
    return quietEnd;
  }

  public void setQuietEnd(String quietEnd) {
    this.quietEnd = quietEnd;
  }
}
