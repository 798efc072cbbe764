package app.chidi.channel.entity;

/**
 * Where a message stands. Inbound: received, then answered, escalated or ignored. Outbound: queued,
 * sending while the platform is being called (committed before the call), then sent, delivered and
 * read as the platform reports them (in that order only), or failed.
 */
public enum MessageStatus {
  RECEIVED(0),
  ANSWERED(1),
  ESCALATED(1),
  IGNORED(1),
  QUEUED(0),
  SENDING(0),
  SENT(1),
  DELIVERED(2),
  READ(3),
  FAILED(1);

  private final int progress;

  MessageStatus(int progress) {
    this.progress = progress;
  }

  /**
   * Whether a platform's report may move an outbound message from this status to {@code next}: only
   * forwards, so a late "delivered" never undoes a "read"; a failure only before delivery.
   */
  public boolean mayAdvanceTo(MessageStatus next) {
    if (next == FAILED) {
      return this == QUEUED || this == SENT;
    }
    return this != FAILED && next.progress > progress;
  }
}
