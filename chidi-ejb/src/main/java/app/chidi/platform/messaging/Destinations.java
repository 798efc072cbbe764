package app.chidi.platform.messaging;

/**
 * JNDI names of CHIDI's JMS resources. The addresses themselves are defined once, in the broker
 * configuration of server-config, which also creates these admin objects from it.
 */
public final class Destinations {

  public static final String CONNECTION_FACTORY = "jms/ChidiConnectionFactory";
  public static final String MAIL_QUEUE = "jms/MailQueue";
  public static final String IMPORT_QUEUE = "jms/ImportQueue";

  /** Customers' messages stored by the channel intake, to be answered. */
  public static final String MESSAGE_RECEIVED_QUEUE = "jms/MessageReceivedQueue";

  /** Replies to send through a platform, delayed when a retry waits. */
  public static final String SEND_REPLY_QUEUE = "jms/SendReplyQueue";

  /** The broker's dead-letter address (broker.xml); the broker's own, so not an admin object. */
  public static final String DEAD_LETTER_ADDRESS = "DLQ";

  /** Notifications to push to subscribed browsers, once each (anycast). */
  public static final String PUSH_QUEUE = "jms/PushQueue";

  /** Stored and read notifications, for the live streams of every instance (multicast). */
  public static final String NOTIFICATIONS_TOPIC = "jms/NotificationsTopic";

  /**
   * Changes the live dashboard pages of every instance show: conversations, rules (multicast;
   * listeners select by the message's type).
   */
  public static final String DASHBOARD_TOPIC = "jms/DashboardTopic";

  /** The resource adapter name message-driven beans activate through. */
  public static final String RESOURCE_ADAPTER = "artemis-ra";

  private Destinations() {}
}
