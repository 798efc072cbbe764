package app.chidi.notification.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No notification with that id that this person may see. */
public class NotificationNotFoundException extends BusinessException {

  public NotificationNotFoundException() {
    super(ErrorKind.NOT_FOUND, "notification/not-found", "Notification not found");
  }
}
