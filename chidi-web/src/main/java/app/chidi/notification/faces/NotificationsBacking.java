package app.chidi.notification.faces;

import app.chidi.notification.boundary.NotificationPage;
import app.chidi.notification.boundary.NotificationQuery;
import app.chidi.notification.boundary.NotificationSettings;
import app.chidi.notification.boundary.NotificationTypes;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.boundary.PreferenceView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code dashboard/notifications.xhtml}: the signed-in person's notifications, a page at a time
 * with the unread and type filters, marking read, and their preferences per type.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  static final int PAGE_SIZE = 20;
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  @Inject transient Notifications notifications;
  @Inject transient NotificationSettings settings;

  private boolean unreadOnly;
  private String type = "";
  private int page = 1;
  private List<PreferenceRow> preferences;
  private transient NotificationPage current;

  @PostConstruct
  void load() {
    preferences = settings.preferences().stream().map(PreferenceRow::new).toList();
  }

  public List<NotificationItem> getItems() {
    OffsetDateTime now = OffsetDateTime.now();
    return current().notifications().stream().map(v -> NotificationItem.of(v, now)).toList();
  }

  public long getUnreadCount() {
    return current().unreadCount();
  }

  public long getTotal() {
    return current().pagination().totalItems();
  }

  public int getPage() {
    return current().pagination().page();
  }

  public int getPages() {
    return current().pagination().totalPages();
  }

  public boolean isFiltered() {
    return unreadOnly || !type.isEmpty();
  }

  public List<String> getTypes() {
    return NotificationTypes.ALL;
  }

  public String label(String name) {
    return NotificationItem.label(name);
  }

  public void filtersChanged() {
    page = 1;
    current = null;
  }

  public void older() {
    page = Math.min(page + 1, getPages());
    current = null;
  }

  public void newer() {
    page = Math.max(1, page - 1);
    current = null;
  }

  public void markRead(UUID id) {
    notifications.markRead(id);
    current = null;
  }

  public void markAllRead() {
    int changed = notifications.markAllRead();
    current = null;
    info(changed == 1 ? "1 notification marked read." : changed + " notifications marked read.");
  }

  /** Saves every row; a row with only one quiet-hours time is refused, and nothing is saved. */
  public void savePreferences() {
    List<PreferenceView> changes = new ArrayList<>();
    for (PreferenceRow row : preferences) {
      if (!valid(row.getQuietStart()) || !valid(row.getQuietEnd()) || row.toView() == null) {
        FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    row.getLabel() + ": give quiet hours a start and an end (HH:mm), or neither.",
                    null));
        return;
      }
      changes.add(row.toView());
    }
    preferences = settings.change(changes).stream().map(PreferenceRow::new).toList();
    info("Preferences saved.");
  }

  private static boolean valid(String time) {
    return time == null || time.isBlank() || TIME.matcher(time).matches();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private NotificationPage current() {
    if (current == null) {
      current =
          notifications.list(
              new NotificationQuery(page, PAGE_SIZE, unreadOnly, type.isEmpty() ? null : type));
      if (page > current.pagination().totalPages()) {
        page = current.pagination().totalPages();
        current = null;
        return current();
      }
    }
    return current;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type == null || !NotificationTypes.ALL.contains(type) ? "" : type;
  }

  public List<PreferenceRow> getPreferences() {
    return preferences;
  }
}
