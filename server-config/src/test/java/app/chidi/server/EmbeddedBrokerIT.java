package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerIT {

  @TempDir Path data;

  @Test
  void keepsPersistentMessagesAcrossRestarts() throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(data, 0);
        ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(broker.connection().url());
        JMSContext context = factory.createContext()) {
      context.createProducer().send(context.createQueue("MailQueue"), "{\"to\":\"a@example.com\"}");
    }
    try (EmbeddedBroker broker = EmbeddedBroker.start(data, 0);
        ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(broker.connection().url());
        JMSContext context = factory.createContext()) {
      Queue queue = context.createQueue("MailQueue");
      assertEquals(
          "{\"to\":\"a@example.com\"}",
          context.createConsumer(queue).receiveBody(String.class, 5000));
    }
  }

  @Test
  void knowsOnlyTheDestinationsOfBrokerXml() throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(data, 0);
        ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(broker.connection().url());
        JMSContext context = factory.createContext()) {
      assertThrows(
          JMSRuntimeException.class,
          () -> context.createProducer().send(context.createQueue("MailQeue"), "lost"));
    }
  }
}
