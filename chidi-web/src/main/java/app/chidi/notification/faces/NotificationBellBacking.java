package app.chidi.notification.faces;

import app.chidi.notification.boundary.NotificationPage;
import app.chidi.notification.boundary.NotificationQuery;
import app.chidi.notification.boundary.NotificationTypes;
import app.chidi.notification.boundary.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The bell in the dashboard's top bar: the unread count and the latest notifications, read when the
 * page renders and again when the live stream says something changed ({@code chidiBellRefresh});
 * "mark all read".
 */
@Named
@RequestScoped
public class NotificationBellBacking implements Serializable {

  static final int LATEST = 8;

  @Inject transient Notifications notifications;

  private transient NotificationPage page;

  public long getUnreadCount() {
    return page().unreadCount();
  }

  /** "9+" past nine: the badge stays round. */
  public String getBadge() {
    long count = getUnreadCount();
    return count > 9 ? "9+" : Long.toString(count);
  }

  public List<NotificationItem> getLatest() {
    OffsetDateTime now = OffsetDateTime.now();
    return page().notifications().stream().map(view -> NotificationItem.of(view, now)).toList();
  }

  /** The event names the browser listens for: every type, and read updates. */
  public String getEventNames() {
    return String.join(",", NotificationTypes.ALL) + ",notification_read";
  }

  public void markAllRead() {
    notifications.markAllRead();
    page = null;
  }

  /** Nothing to do: the Ajax request re-renders the badge and the list with fresh data. */
  public void refresh() {
    page = null;
  }

  private NotificationPage page() {
    if (page == null) {
      page = notifications.list(new NotificationQuery(1, LATEST, false, null));
    }
    return page;
  }
}
