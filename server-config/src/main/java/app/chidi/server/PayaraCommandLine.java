package app.chidi.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of the Payara Micro JVM (see {@code java -jar payara-micro.jar --help}). */
final class PayaraCommandLine {

  private PayaraCommandLine() {}

  /** The java command that runs Payara Micro for {@code launch}. */
  static List<String> of(PayaraLaunch launch) {
    RuntimeLayout runtime = launch.runtime();
    String dataGrid = Integer.toString(launch.ports().dataGrid());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add(
        "-D" + ChidiConfigFile.SYSTEM_PROPERTY + "=" + launch.configFile().toAbsolutePath());
    // Hazelcast binds every interface even when told which one to use (DECISIONS.md).
    command.add("-Dhazelcast.socket.bind.any=false");
    command.addAll(List.of("-jar", runtime.payaraMicro().toString()));
    command.addAll(List.of("--rootdir", launch.rootDir().toString()));
    command.addAll(List.of("--port", Integer.toString(launch.ports().http())));
    command.addAll(List.of("--addlibs", runtime.postgresqlDriver().toString()));
    command.addAll(
        List.of("--prebootcommandfile", launch.preBootFile().toAbsolutePath().toString()));
    command.addAll(
        List.of("--postbootcommandfile", launch.postBootFile().toAbsolutePath().toString()));
    command.addAll(List.of("--deploy", runtime.application().toString(), "--contextroot", "/"));
    // The data grid finds peers by TCP on loopback only, never by multicast.
    command.addAll(
        List.of("--clustermode", "tcpip:127.0.0.1:" + dataGrid, "--startport", dataGrid));
    command.addAll(List.of("--interfaces", "127.0.0.1"));
    // Payara Micro otherwise reports usage data to its vendor over the internet.
    command.add("--disablephonehome");
    return command;
  }
}
