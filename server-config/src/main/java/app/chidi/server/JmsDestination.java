package app.chidi.server;

/**
 * A queue or topic of broker.xml as the application sees it: a JMS admin object bound at {@code
 * jms/<address>}.
 *
 * @param address the Artemis address name, also the JMS destination name
 * @param topic true for a multicast address (JMS Topic), false for anycast (JMS Queue)
 */
public record JmsDestination(String address, boolean topic) {

  /** The JNDI name of the admin object, e.g. {@code jms/MailQueue}. */
  public String jndiName() {
    return "jms/" + address;
  }

  /** The JMS interface the admin object implements. */
  public String resourceType() {
    return topic ? "jakarta.jms.Topic" : "jakarta.jms.Queue";
  }
}
