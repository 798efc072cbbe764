package app.chidi.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the application's destinations from broker.xml, so queues and topics are defined there and
 * nowhere else: the Payara admin objects are derived from the broker's addresses.
 */
public final class BrokerDestinations {

  /** Class path location of CHIDI's broker configuration. */
  public static final String BROKER_XML = "app/chidi/server/broker.xml";

  private static final String CORE = "urn:activemq:core";

  private BrokerDestinations() {}

  /** The destinations of CHIDI's own broker.xml. */
  public static List<JmsDestination> read() throws IOException {
    try (InputStream xml =
        BrokerDestinations.class.getClassLoader().getResourceAsStream(BROKER_XML)) {
      if (xml == null) {
        throw new IOException(BROKER_XML + " is not on the class path");
      }
      return read(xml);
    }
  }

  /**
   * Every address of the given broker.xml except the dead-letter and expiry addresses, which only
   * the broker uses. An address with a {@code multicast} element is a topic, otherwise a queue.
   */
  public static List<JmsDestination> read(InputStream brokerXml) throws IOException {
    Document document = parse(brokerXml);
    Set<String> brokerOnly = new HashSet<>();
    brokerOnly.addAll(texts(document, "dead-letter-address"));
    brokerOnly.addAll(texts(document, "expiry-address"));
    List<JmsDestination> destinations = new ArrayList<>();
    NodeList addresses = document.getElementsByTagNameNS(CORE, "address");
    for (int i = 0; i < addresses.getLength(); i++) {
      Element address = (Element) addresses.item(i);
      String name = address.getAttribute("name");
      if (!brokerOnly.contains(name)) {
        boolean topic = address.getElementsByTagNameNS(CORE, "multicast").getLength() > 0;
        destinations.add(new JmsDestination(name, topic));
      }
    }
    return destinations;
  }

  private static Document parse(InputStream xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(xml);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("Unreadable broker.xml", e);
    }
  }

  private static Set<String> texts(Document document, String element) {
    Set<String> texts = new HashSet<>();
    NodeList nodes = document.getElementsByTagNameNS(CORE, element);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }
}
