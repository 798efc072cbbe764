package app.chidi.notification.entity;

/** How a person wants notifications of one type by e-mail. */
public enum EmailDelivery {
  IMMEDIATE,
  DIGEST,
  OFF
}
