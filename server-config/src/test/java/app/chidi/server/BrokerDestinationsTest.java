package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerDestinationsTest {

  @Test
  void theShippedBrokerXmlDefinesTheMailQueueAndNoBrokerOnlyAddresses() throws Exception {
    List<JmsDestination> destinations = BrokerDestinations.read();

    assertTrue(
        destinations.contains(new JmsDestination("MailQueue", false)), destinations.toString());
    assertTrue(destinations.stream().noneMatch(d -> d.address().equals("DLQ")));
    assertTrue(destinations.stream().noneMatch(d -> d.address().equals("ExpiryQueue")));
  }

  @Test
  void anycastAddressesAreQueuesAndMulticastAddressesTopics() throws Exception {
    String xml =
        """
        <configuration xmlns="urn:activemq"><core xmlns="urn:activemq:core">
          <address-settings><address-setting match="#">
            <dead-letter-address>Parked</dead-letter-address>
            <expiry-address>Expired</expiry-address>
          </address-setting></address-settings>
          <addresses>
            <address name="Parked"><anycast><queue name="Parked"/></anycast></address>
            <address name="Expired"><anycast><queue name="Expired"/></anycast></address>
            <address name="MailQueue"><anycast><queue name="MailQueue"/></anycast></address>
            <address name="NotificationsTopic"><multicast/></address>
          </addresses>
        </core></configuration>
        """;

    List<JmsDestination> destinations =
        BrokerDestinations.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertEquals(
        List.of(
            new JmsDestination("MailQueue", false), new JmsDestination("NotificationsTopic", true)),
        destinations);
    assertEquals("jakarta.jms.Topic", destinations.get(1).resourceType());
    assertEquals("jms/NotificationsTopic", destinations.get(1).jndiName());
  }
}
