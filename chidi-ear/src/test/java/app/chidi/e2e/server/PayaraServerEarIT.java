package app.chidi.e2e.server;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Stack;
import app.chidi.server.BrokerDestinations;
import app.chidi.server.ChidiConfigFile;
import app.chidi.server.JwtKeys;
import app.chidi.server.PostBootScript;
import app.chidi.server.TokenKeyset;
import app.chidi.server.VapidKeys;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the unchanged EAR on a fresh domain of full Payara Server 6, set up step by step as
 * docs/payara-server.md tells enterprise IT to set up theirs, and signs up and logs in through the
 * API. Payara Micro cannot deploy an EAR (DECISIONS.md), so this is the only test of that
 * packaging. The domain lives in target/payara-server/domains/&lt;it dir name&gt; and is kept after
 * the run for its logs; the next run replaces it.
 */
@ExtendWith(Stack.class)
class PayaraServerEarIT {

  private static final String CONFIG = "configs.config.server-config.";
  private static final String LISTENERS =
      CONFIG + "network-config.network-listeners.network-listener.";
  private static final String IIOP = CONFIG + "iiop-service.iiop-listener.";

  private static Domain domain;
  private static Api api;

  @BeforeAll
  static void deployTheEar() throws IOException {
    Path dir = Path.of(System.getProperty("chidi.payara.server.dir", "target/payara-server"));
    domain =
        Domain.create(
            dir.resolve("payara6"), dir.resolve("domains").resolve(Stack.itDir().getFileName()));
    Path runtime = Stack.runtimeDir().toPath().toAbsolutePath();
    domain.copyToLib(runtime.resolve("postgresql.jar"));
    domain.start(domain.writeScript("first-boot.asadmin", firstBoot()));
    domain.multimode(domain.writeScript("server.asadmin", serverSettings()));
    domain.multimode(domain.writeScript("resources.asadmin", resources(runtime)));
    domain.restart();
    domain.deploy(Path.of(System.getProperty("chidi.ear", "target/chidi.ear")));
    api = new Api(URI.create("http://127.0.0.1:" + domain.httpPort() + "/"));
  }

  @AfterAll
  static void stopTheDomain() {
    if (domain != null) {
      domain.stop();
    }
  }

  @Test
  void signsUpLogsInAndIsReady() {
    String email = Accounts.freshEmail("server");
    Api.Reply signUp =
        api.post("/api/auth/signup", Accounts.signUpBody(email, Accounts.PASSWORD, "Server Shop"));
    assertEquals(201, signUp.status(), explain(signUp));
    assertFalse(signUp.text("/session/access_token").isEmpty(), explain(signUp));

    Api.Reply logIn = api.post("/api/auth/login", logInBody(email));
    assertEquals(200, logIn.status(), explain(logIn));

    Api.Reply me = api.get("/api/me", logIn.text("/session/access_token"));
    assertEquals(200, me.status(), explain(me));
    assertEquals("owner", me.json().getString("role"), explain(me));

    Api.Reply ready = api.send(api.serverRequest("/health/ready").GET());
    assertEquals(200, ready.status(), explain(ready));
    assertEquals("UP", ready.json().getString("status"), explain(ready));
  }

  @Test
  void listensOnLoopbackOnly() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/net")), "needs Linux /proc to list sockets");
    List<String> listening = listeningAddresses(domain.pid());
    assertFalse(listening.isEmpty(), "no listening sockets found");
    assertTrue(
        listening.stream().allMatch(address -> address.startsWith("127.0.0.1:")),
        () -> "Payara Server listens beyond loopback: " + listening);
  }

  /**
   * Pre-boot commands of the first start: Payara's listeners bind 127.0.0.1 from the start. They
   * cannot reach jms-service yet ("No configuration found"), so Payara's OpenMQ proxy listens on
   * every interface (port base + 76) during this first start only; server.asadmin turns it off. A
   * JMX connector bound to one address logs a harmless SEVERE "Error stopping RMIConnector" at each
   * stop (eclipse-ee4j/glassfish#16107).
   */
  private static String[] firstBoot() {
    return new String[] {
      "# Pre-boot commands of the first start: listeners on 127.0.0.1 only.",
      "set " + LISTENERS + "http-listener-1.address=127.0.0.1",
      "set " + LISTENERS + "http-listener-2.address=127.0.0.1",
      "set " + LISTENERS + "admin-listener.address=127.0.0.1",
      "set " + IIOP + "orb-listener-1.address=127.0.0.1",
      "set " + IIOP + "SSL.address=127.0.0.1",
      "set " + IIOP + "SSL_MUTUALAUTH.address=127.0.0.1",
      "set " + CONFIG + "admin-service.jmx-connector.system.address=127.0.0.1",
      "# Off until -Dhazelcast.socket.bind.any=false is in force, else it binds everywhere.",
      "set " + CONFIG + "hazelcast-config-specific-configuration.enabled=false"
    };
  }

  /** Settings of the running domain that take effect at the restart. */
  private static String[] serverSettings() throws IOException {
    String url = "http://127.0.0.1:" + domain.httpPort();
    JwtKeys keys = JwtKeys.resolve(Stack.itDir(), Map.of()); // the stack's, generated at its start
    TokenKeyset tokens = TokenKeyset.resolve(Stack.itDir(), Map.of());
    Path config =
        new ChidiConfigFile(keys, tokens, VapidKeys.resolve(Stack.itDir(), Map.of()), url, false)
            .writeTo(domain.root());
    return new String[] {
      "# CHIDI's settings file: JWT keys, public URL (see ChidiConfigFile).",
      "create-jvm-options " + jvmOption(ChidiConfigFile.SYSTEM_PROPERTY, config.toString()),
      "# Data grid (JCache of the rate limits): found through the DAS, never by multicast.",
      "create-jvm-options -Dhazelcast.socket.bind.any=false",
      "set-hazelcast-configuration --enabled true --clustermode domain --dasbindaddress 127.0.0.1"
          + " --daspublicaddress 127.0.0.1 --interfaces 127.0.0.1",
      "# CHIDI uses Artemis; Payara's own OpenMQ broker (and its listener) stays off.",
      "set " + CONFIG + "jms-service.type=DISABLED",
      "disable-phone-home"
    };
  }

  /**
   * The launcher's post-boot commands for Payara Micro: adapter, JMS and JDBC resources. Micro's
   * command files keep backslashes, asadmin multimode reads them as escapes: double them so values
   * arrive escaped as create-resource-adapter-config and --property expect ({@code host\=...}).
   */
  private static String[] resources(Path runtime) throws IOException {
    PostBootScript script =
        new PostBootScript(
            runtime.resolve("chidi-artemis-ra.rar"),
            Stack.broker(),
            Stack.database(),
            BrokerDestinations.read());
    return new String[] {script.text().replace("\\", "\\\\")};
  }

  /** {@code -Dname=value} with {@code :} escaped, as create-jvm-options splits options at it. */
  private static String jvmOption(String name, String value) {
    if (value.matches(".*[\\s\"'\\\\].*")) {
      throw new IllegalArgumentException("Cannot pass " + value + " through a multimode file");
    }
    // Doubled: multimode turns \\ into the \ that create-jvm-options needs before a colon.
    return "-D" + name + "=" + value.replace(":", "\\\\:");
  }

  private static String logInBody(String email) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", Accounts.PASSWORD)
        .build()
        .toString();
  }

  private static Supplier<String> explain(Api.Reply reply) {
    return () ->
        reply.response().request().uri()
            + " answered "
            + reply.status()
            + ": "
            + reply.body()
            + "\n"
            + domain.serverLogTail();
  }

  /** The addresses process {@code pid} listens on (TCP), such as {@code 127.0.0.1:8080}. */
  private static List<String> listeningAddresses(String pid) throws IOException {
    Set<String> sockets = new HashSet<>();
    try (DirectoryStream<Path> descriptors =
        Files.newDirectoryStream(Path.of("/proc", pid, "fd"))) {
      for (Path descriptor : descriptors) {
        String target = readLink(descriptor);
        if (target.startsWith("socket:[")) {
          sockets.add(target.substring("socket:[".length(), target.length() - 1));
        }
      }
    }
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : Files.readAllLines(Path.of(table))) {
        String[] fields = line.strip().split("\\s+");
        // Column 4 is the state (0A: LISTEN), column 10 the socket's inode.
        if (fields[3].equals("0A") && sockets.contains(fields[9])) {
          addresses.add(address(fields[1]));
        }
      }
    }
    return addresses;
  }

  /** {@code 0100007F:1F90}, or its IPv4-mapped IPv6 form, as {@code 127.0.0.1:8080}. */
  private static String address(String hex) {
    String raw = hex.substring(0, hex.indexOf(':'));
    int port = Integer.parseInt(hex.substring(hex.indexOf(':') + 1), 16);
    boolean mapped = raw.length() == 32 && raw.startsWith("0000000000000000FFFF0000");
    String host = mapped ? raw.substring(24) : raw;
    if (host.length() != 8) {
      return "[" + host + "]:" + port; // IPv6 proper, e.g. all zeros for every interface
    }
    // /proc prints the address as a little-endian 32-bit word.
    return IntStream.of(6, 4, 2, 0)
            .mapToObj(i -> Integer.toString(Integer.parseInt(host.substring(i, i + 2), 16)))
            .collect(Collectors.joining("."))
        + ":"
        + port;
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return ""; // closed meanwhile
    }
  }

  /**
   * One Payara Server domain, driven through asadmin as an administrator would drive it. Every
   * command and its output go to asadmin.log beside the domain; a failure names the command, its
   * output and the end of server.log.
   */
  private static final class Domain {

    private static final String NAME = "chidi";
    // multimode carries on after a failed command and may still exit 0: look at what it printed.
    private static final Pattern FAILED = Pattern.compile("(?m)^Command \\S+ failed");
    private static final Duration START = Duration.ofMinutes(8);
    private static final Set<PosixFilePermission> OWNER_ONLY =
        PosixFilePermissions.fromString("rw-------");

    private final Path home;
    private final Path root;
    private final int portBase;
    private final Path log;

    private Domain(Path home, Path root, int portBase) {
      this.home = home.toAbsolutePath();
      this.root = root.toAbsolutePath();
      this.portBase = portBase;
      this.log = this.root.resolve("asadmin.log");
    }

    /** Replaces what an earlier run left in {@code root} with a new domain on free ports. */
    static Domain create(Path home, Path root) throws IOException {
      Domain earlier = new Domain(home, root, 0);
      if (Files.exists(earlier.domainDir().resolve("config/pid"))) {
        earlier.tryAsadmin("stop-domain", "--kill=true", "--domaindir", root, NAME);
      }
      deleteRecursively(root.toAbsolutePath());
      Files.createDirectories(root);
      Domain domain = new Domain(home, root, freePortBase());
      domain.asadmin(
          Duration.ofMinutes(3),
          "create-domain",
          "--nopassword",
          "--portbase",
          domain.portBase,
          "--domaindir",
          domain.root,
          NAME);
      return domain;
    }

    /** The folder of the domain's own folder, its command files and its settings file. */
    Path root() {
      return root;
    }

    /** The port of http-listener-1: {@code --portbase} + 80. */
    int httpPort() {
      return portBase + 80;
    }

    private int adminPort() {
      return portBase + 48;
    }

    private Path domainDir() {
      return root.resolve(NAME);
    }

    /** Puts a library on the domain's common class path; takes effect at the next start. */
    void copyToLib(Path jar) throws IOException {
      Files.copy(jar, domainDir().resolve("lib").resolve(jar.getFileName()));
    }

    /** Writes a command file (owner-only: it may hold passwords) and returns it. */
    Path writeScript(String name, String... lines) throws IOException {
      Path file = root.resolve(name);
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    void start(Path preBootCommands) {
      asadmin(
          START,
          "start-domain",
          "--domaindir",
          root,
          "--prebootcommandfile",
          preBootCommands,
          NAME);
    }

    void multimode(Path commands) {
      remote(Duration.ofMinutes(5), "multimode", "--file", commands);
    }

    void restart() {
      remote(START, "restart-domain", "--domaindir", root, NAME);
    }

    void deploy(Path ear) {
      remote(Duration.ofMinutes(10), "deploy", "--name", NAME, ear.toAbsolutePath());
    }

    /** Stops the domain, killing it if it does not stop. */
    void stop() {
      if (!tryAsadmin("stop-domain", "--domaindir", root, NAME)) {
        asadmin(Duration.ofMinutes(2), "stop-domain", "--kill=true", "--domaindir", root, NAME);
      }
    }

    /** The process id of the running server. */
    String pid() throws IOException {
      return Files.readString(domainDir().resolve("config/pid")).strip();
    }

    /** The end of server.log, to explain a failure without sending anyone to the file. */
    String serverLogTail() {
      Path serverLog = domainDir().resolve("logs/server.log");
      try {
        List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
        return "Last lines of "
            + serverLog
            + ":\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
      } catch (IOException e) {
        return "No " + serverLog + " (" + e + ")";
      }
    }

    private void remote(Duration timeout, Object... arguments) {
      List<Object> command = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", adminPort()));
      command.addAll(List.of(arguments));
      asadmin(timeout, command.toArray());
    }

    private boolean tryAsadmin(Object... arguments) {
      try {
        asadmin(Duration.ofMinutes(2), arguments);
        return true;
      } catch (IllegalStateException e) {
        return false;
      }
    }

    private void asadmin(Duration timeout, Object... arguments) {
      List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
      command.add("--interactive=false");
      Arrays.stream(arguments).map(String::valueOf).forEach(command::add);
      try {
        Files.createDirectories(root);
        long offset = Files.exists(log) ? Files.size(log) : 0;
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", CREATE, APPEND);
        String outcome = run(command, timeout);
        Files.writeString(log, "# " + outcome + "\n", APPEND);
        String output = logFrom(offset);
        if (!outcome.startsWith("exit 0 ") || FAILED.matcher(output).find()) {
          throw new IllegalStateException(
              "asadmin " + outcome + ":\n" + output + "\n" + serverLogTail());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Runs {@code command} with its output appended to the log; says how it ended. */
    private String run(List<String> command, Duration timeout) throws IOException {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // The JDK running the tests runs asadmin and, through it, the server.
      builder.environment().put("AS_JAVA", System.getProperty("java.home"));
      long started = System.nanoTime();
      Process process = builder.start();
      try {
        boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
          process.destroyForcibly().waitFor();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        return (ended ? "exit " + process.exitValue() : "timed out") + " after " + seconds + " s";
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted: " + command, e);
      }
    }

    private String logFrom(long offset) throws IOException {
      byte[] bytes = Files.readAllBytes(log);
      return new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
    }

    /** A block of 100 free ports below the ephemeral range, so no test's free port falls in it. */
    private static int freePortBase() {
      for (int attempt = 0; attempt < 100; attempt++) {
        int base = 10_000 + 100 * ThreadLocalRandom.current().nextInt(220);
        if (IntStream.range(base, base + 100).allMatch(Domain::isFree)) {
          return base;
        }
      }
      throw new IllegalStateException("No block of 100 free ports between 10000 and 32000");
    }

    private static boolean isFree(int port) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.isBound();
      } catch (IOException e) {
        return false;
      }
    }

    private static void deleteRecursively(Path directory) throws IOException {
      if (Files.exists(directory)) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
  }
}
