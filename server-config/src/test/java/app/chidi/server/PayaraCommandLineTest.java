package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayaraCommandLineTest {

  private static final RuntimeLayout RUNTIME = new RuntimeLayout(Path.of("/opt/chidi/runtime"));

  @Test
  void keepsTheDataGridOnLoopbackWithTcpDiscovery() {
    String command = String.join(" ", command());

    assertTrue(command.contains("--clustermode tcpip:127.0.0.1:6900 --startport 6900"), command);
    assertTrue(command.contains("--interfaces 127.0.0.1"), command);
    assertTrue(command.contains("-Dhazelcast.socket.bind.any=false"), command);
    assertTrue(!command.contains("multicast"), command);
  }

  @Test
  void deploysTheWarAtTheRootWithTheDriverAndCommandFiles() {
    List<String> command = command();

    assertEquals("/opt/chidi/runtime/chidi.war", after(command, "--deploy"));
    assertEquals("/", after(command, "--contextroot"));
    assertEquals("/opt/chidi/runtime/postgresql.jar", after(command, "--addlibs"));
    assertEquals("/data/payara-boot/post.asadmin", after(command, "--postbootcommandfile"));
    assertEquals("/data/payara", after(command, "--rootdir"));
    assertTrue(command.contains("-Dchidi.config-file=/data/chidi.properties"), command.toString());
  }

  private static List<String> command() {
    PayaraLaunch launch =
        new PayaraLaunch(
            RUNTIME,
            Path.of("/data"),
            "127.0.0.1",
            Ports.defaults(),
            Path.of("/data/chidi.properties"),
            Path.of("/data/payara-boot/pre.asadmin"),
            Path.of("/data/payara-boot/post.asadmin"));
    return PayaraCommandLine.of(launch);
  }

  private static String after(List<String> command, String option) {
    return command.get(command.indexOf(option) + 1);
  }
}
