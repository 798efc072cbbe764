package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the packaged RAR the way Payara will use it: its own class loader, with only the jakarta.*
 * APIs coming from outside, as the server provides them.
 */
class ArtemisRarIT {

  private static final Path RAR = Path.of("target/runtime/chidi-artemis-ra.rar");

  @TempDir Path unpacked;

  @Test
  void holdsNoJakartaApiJarsButAnSlf4jBinding() throws Exception {
    List<String> jars = new ArrayList<>();
    try (ZipFile rar = new ZipFile(RAR.toFile())) {
      rar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".jar")).forEach(jars::add);
    }
    assertTrue(jars.stream().noneMatch(jar -> jar.startsWith("jakarta.")), jars.toString());
    assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("slf4j-jdk14-")), jars.toString());
  }

  @Test
  void loadsEveryClassNamedInRaXml() throws Exception {
    try (URLClassLoader loader = rarClassLoader()) {
      Matcher names = Pattern.compile(">(org\\.apache\\.activemq\\.[\\w.]+)<").matcher(raXml());
      int count = 0;
      while (names.find()) {
        Class.forName(names.group(1), true, loader);
        count++;
      }
      assertTrue(count >= 8, "ra.xml names " + count + " Artemis classes");
    }
  }

  @Test
  void itsClientTalksToTheEmbeddedBroker() throws Exception {
    // Left open: Netty's shared event loops stop a few seconds after the last connection and still
    // load classes then. The JVM of the test run ends soon enough.
    URLClassLoader loader = rarClassLoader();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (EmbeddedBroker broker = EmbeddedBroker.start(unpacked.resolve("data"), 0)) {
      // Artemis loads transports through the context class loader, as it does inside Payara.
      Thread.currentThread().setContextClassLoader(loader);
      ConnectionFactory factory =
          (ConnectionFactory)
              loader
                  .loadClass("org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")
                  .getConstructor(String.class)
                  .newInstance(broker.connection().url());
      try (JMSContext context = factory.createContext()) {
        Queue queue = context.createQueue("MailQueue");
        context.createProducer().send(queue, "through the RAR");
        assertEquals(
            "through the RAR", context.createConsumer(queue).receiveBody(String.class, 5000));
      } finally {
        ((AutoCloseable) factory).close();
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private URLClassLoader rarClassLoader() throws Exception {
    List<URL> jars = new ArrayList<>();
    try (ZipFile rar = new ZipFile(RAR.toFile())) {
      for (ZipEntry entry : rar.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
        Path jar = unpacked.resolve(entry.getName());
        if (!Files.exists(jar)) {
          try (InputStream in = rar.getInputStream(entry)) {
            Files.copy(in, jar);
          }
        }
        jars.add(jar.toUri().toURL());
      }
    }
    return new URLClassLoader(jars.toArray(URL[]::new), new JakartaApisOnly());
  }

  private static String raXml() throws Exception {
    try (ZipFile rar = new ZipFile(RAR.toFile());
        InputStream in = rar.getInputStream(rar.getEntry("META-INF/ra.xml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Stands in for the server: the JDK plus the jakarta.* APIs, nothing of Artemis. */
  private static final class JakartaApisOnly extends ClassLoader {
    JakartaApisOnly() {
      super(ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith("jakarta.")) {
        return ArtemisRarIT.class.getClassLoader().loadClass(name);
      }
      throw new ClassNotFoundException(name);
    }
  }
}
