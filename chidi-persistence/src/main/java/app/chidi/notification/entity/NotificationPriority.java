package app.chidi.notification.entity;

/** How urgently a notification needs a person. */
public enum NotificationPriority {
  HIGH,
  MEDIUM,
  LOW
}
