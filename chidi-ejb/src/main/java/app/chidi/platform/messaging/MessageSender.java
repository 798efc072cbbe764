package app.chidi.platform.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.UUID;

/**
 * Sends a record as a JSON text message. Called inside a transaction, the send is enlisted in it
 * (XA through the Artemis resource adapter): the message leaves only if the database work commits.
 */
@ApplicationScoped
public class MessageSender {

  public static final String TYPE = "type";
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String CORRELATION_ID = "correlationId";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  /** Sends {@code payload} to {@code destination}; the message type is the record's simple name. */
  public void send(Destination destination, Record payload) {
    send(destination, payload, Duration.ZERO);
  }

  /**
   * Sends {@code payload} to be delivered no earlier than {@code delay} from now (the broker holds
   * it as a scheduled message, so no thread waits for it).
   */
  public void send(Destination destination, Record payload, Duration delay) {
    try (JMSContext context = connectionFactory.createContext()) {
      send(context, destination, payload, delay);
    }
  }

  /**
   * Parks {@code payload} on the broker's dead-letter address, for work CHIDI gave up on by itself
   * (the broker dead-letters on its own only what failed with an exception).
   */
  public void deadLetter(Record payload) {
    try (JMSContext context = connectionFactory.createContext()) {
      send(context, context.createQueue(Destinations.DEAD_LETTER_ADDRESS), payload, Duration.ZERO);
    }
  }

  private static void send(
      JMSContext context, Destination destination, Record payload, Duration delay) {
    try {
      TextMessage message = context.createTextMessage(JSON.toJson(payload));
      message.setStringProperty(TYPE, payload.getClass().getSimpleName());
      message.setIntProperty(SCHEMA_VERSION, 1);
      message.setStringProperty(CORRELATION_ID, UUID.randomUUID().toString());
      context.createProducer().setDeliveryDelay(delay.toMillis()).send(destination, message);
    } catch (JMSException e) {
      throw new MessagingException("cannot send " + payload.getClass().getSimpleName(), e);
    }
  }

  /** Reads a JSON text message back into its record. */
  public static <T> T read(String json, Class<T> type) {
    return JSON.fromJson(json, type);
  }

  /**
   * The JSON body of a received text message as {@code type}.
   *
   * @throws IllegalStateException when the message is not a readable text message
   */
  public static <T> T read(Message message, Class<T> type) {
    try {
      return read(((TextMessage) message).getText(), type);
    } catch (JMSException | ClassCastException e) {
      throw new IllegalStateException("unreadable " + type.getSimpleName() + " message", e);
    }
  }
}
