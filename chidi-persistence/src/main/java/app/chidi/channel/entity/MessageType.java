package app.chidi.channel.entity;

/**
 * What a message carries. Media and reactions are stored but never answered automatically; an echo
 * is the business's own message, sent from the platform's app.
 */
public enum MessageType {
  TEXT,
  MEDIA,
  INTERACTIVE,
  REACTION,
  ECHO,
  TEMPLATE;

  /** Whether CHIDI answers a customer's message of this type by itself. */
  public boolean answerable() {
    return this == TEXT || this == INTERACTIVE;
  }
}
