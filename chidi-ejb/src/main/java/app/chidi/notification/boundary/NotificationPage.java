package app.chidi.notification.boundary;

import java.util.List;

/**
 * One page of a person's notifications, newest first.
 *
 * @param unreadCount unread notifications this person sees, whatever the filters
 */
public record NotificationPage(
    List<NotificationView> notifications, Pagination pagination, long unreadCount) {

  /**
   * @param page 1-based
   */
  public record Pagination(int page, int totalPages, long totalItems) {}
}
