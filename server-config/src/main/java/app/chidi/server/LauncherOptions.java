package app.chidi.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's command line and CHIDI_* environment, turned into {@link ServerSettings}.
 *
 * @param help whether {@code --help} was given
 * @param server what to start
 */
record LauncherOptions(boolean help, ServerSettings server) {

  static final String USAGE =
      """
      Usage: java -jar chidi-launcher.jar [--data-dir <dir>] [--port <n>] [--no-demo] [--help]

      Starts CHIDI: PostgreSQL, the Artemis broker, then Payara Micro with the application.

        --data-dir <dir>  where CHIDI keeps its data (default: $CHIDI_DATA_DIR, else ./.chidi)
        --port <n>        HTTP port (default: 8080)
        --no-demo         do not create the demo account
        --help            show this text

      Environment:
        CHIDI_DATABASE_URL      use this PostgreSQL (jdbc:postgresql://host:port/db), not the
                                embedded one; it needs CHIDI_DATABASE_USER/_PASSWORD (the
                                application role) and CHIDI_DATABASE_OWNER_USER/_PASSWORD (the
                                role that owns the schema and runs the migrations)
        CHIDI_BROKER_URL        use this Artemis broker (tcp://host:port), not the embedded one;
                                CHIDI_BROKER_USER/_PASSWORD if it needs a login
        CHIDI_BIND_ADDRESS      address of the HTTP listener (default: 127.0.0.1)
        CHIDI_PUBLIC_URL        URL users reach CHIDI at (default: http://127.0.0.1:<port>)
        CHIDI_JWT_PRIVATE_KEY_FILE, CHIDI_JWT_PUBLIC_KEY_FILE
                                JWT key pair kept elsewhere (default: generated in the data dir)
        CHIDI_TOKEN_KEYSET_FILE Tink keyset (JSON) encrypting the channels' access tokens, kept
                                elsewhere (default: generated in the data dir)
      All other variables, e.g. CHIDI_SMTP_*, are passed on to the application.
      """;

  /** Parses the arguments; throws IllegalArgumentException with a message fit for the user. */
  static LauncherOptions parse(String[] args, Map<String, String> env) {
    Path dataDir = Path.of(env.getOrDefault("CHIDI_DATA_DIR", ".chidi"));
    int port = 8080;
    boolean demo = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          return new LauncherOptions(true, null);
        }
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--no-demo" -> demo = false;
        default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
      }
    }
    String bindAddress = env.getOrDefault("CHIDI_BIND_ADDRESS", "127.0.0.1");
    String host = bindAddress.equals("0.0.0.0") ? "127.0.0.1" : bindAddress;
    return new LauncherOptions(
        false,
        new ServerSettings(
            dataDir.toAbsolutePath().normalize(),
            RuntimeLayout.nextToLauncher(),
            Ports.defaults().withHttp(port),
            bindAddress,
            env.getOrDefault("CHIDI_PUBLIC_URL", "http://" + host + ":" + port),
            demo,
            database(env),
            broker(env),
            env));
  }

  private static Optional<DatabaseConnection> database(Map<String, String> env) {
    if (!env.containsKey("CHIDI_DATABASE_URL")) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseConnection(
            env.get("CHIDI_DATABASE_URL"),
            required(env, "CHIDI_DATABASE_USER"),
            required(env, "CHIDI_DATABASE_PASSWORD"),
            required(env, "CHIDI_DATABASE_OWNER_USER"),
            required(env, "CHIDI_DATABASE_OWNER_PASSWORD")));
  }

  private static Optional<BrokerConnection> broker(Map<String, String> env) {
    if (!env.containsKey("CHIDI_BROKER_URL")) {
      return Optional.empty();
    }
    return Optional.of(
        BrokerConnection.parse(
            env.get("CHIDI_BROKER_URL"),
            env.get("CHIDI_BROKER_USER"),
            env.get("CHIDI_BROKER_PASSWORD")));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must be set when CHIDI_DATABASE_URL is");
    }
    return value;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("--port must be between 1 and 65535, got " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, got " + text, e);
    }
  }
}
