package app.chidi.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The MicroProfile Config file written for each start, {@code <data>/chidi.properties}: what the
 * application must know about this particular installation. Payara passes its path to the
 * application as the system property {@value #SYSTEM_PROPERTY}.
 *
 * @param keys the JWT key files
 * @param tokenKeyset the Tink keyset that encrypts the channels' access tokens
 * @param vapid the VAPID key pair for Web Push
 * @param publicUrl the URL users reach CHIDI at, e.g. {@code http://127.0.0.1:8080}
 * @param demoEnabled whether the application seeds the demo account
 * @param appRole the database role of the {@code jdbc/chidi} pool, which the migrations grant to
 */
public record ChidiConfigFile(
    JwtKeys keys,
    TokenKeyset tokenKeyset,
    VapidKeys vapid,
    String publicUrl,
    boolean demoEnabled,
    String appRole) {

  /** The file for the embedded database, whose application role is {@code chidi_app}. */
  public ChidiConfigFile(
      JwtKeys keys,
      TokenKeyset tokenKeyset,
      VapidKeys vapid,
      String publicUrl,
      boolean demoEnabled) {
    this(keys, tokenKeyset, vapid, publicUrl, demoEnabled, DatabaseRoles.APP_ROLE);
  }

  /** File name inside the data directory. */
  public static final String FILE_NAME = "chidi.properties";

  /** The JVM system property that carries the file's absolute path. */
  public static final String SYSTEM_PROPERTY = "chidi.config-file";

  /** The settings, in the order they are written. */
  public Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>();
    // Payara reads this as a class path resource or a URL, not as a plain path: hence file:.
    properties.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
    properties.put("mp.jwt.verify.issuer", "chidi");
    properties.put("chidi.account.jwt-private-key-location", keys.privateKey().toString());
    properties.put("chidi.token-keyset-file", tokenKeyset.file().toString());
    properties.put("chidi.vapid-public-key", vapid.publicKey());
    properties.put("chidi.vapid-private-key", vapid.privateKey());
    properties.put("chidi.web.public-url", publicUrl);
    properties.put("chidi.demo.enabled", Boolean.toString(demoEnabled));
    properties.put("chidi.database.app-role", appRole);
    return properties;
  }

  /** The file content in java.util.Properties syntax, non-ASCII escaped as Properties does. */
  public String text() {
    return "# Written by the CHIDI launcher at every start; edits are overwritten.\n"
        + properties().entrySet().stream()
            .map(entry -> line(entry.getKey(), entry.getValue()))
            .collect(Collectors.joining());
  }

  /** Writes {@value #FILE_NAME} (mode 600: it holds a private key) and returns its path. */
  public Path writeTo(Path dataDir) throws IOException {
    return PrivateFiles.write(dataDir.toAbsolutePath().normalize().resolve(FILE_NAME), text());
  }

  /** Lets Properties do the escaping, then drops the date comment it always writes first. */
  private static String line(String key, String value) {
    Properties single = new Properties();
    single.setProperty(key, value);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      single.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.ISO_8859_1)
        .lines()
        .filter(line -> !line.startsWith("#"))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
