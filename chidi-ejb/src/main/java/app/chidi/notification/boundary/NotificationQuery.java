package app.chidi.notification.boundary;

/**
 * Which notifications to list.
 *
 * @param page 1-based
 * @param limit 1 to 100
 * @param type only this type, or {@code null} for all
 */
public record NotificationQuery(int page, int limit, boolean unreadOnly, String type) {

  int offset() {
    return (page - 1) * limit;
  }
}
