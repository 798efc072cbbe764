package app.chidi.server;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The runtime folder that {@code mvn package} fills in {@code server-config/target/runtime}: Payara
 * Micro, the application WAR, the PostgreSQL driver for Payara and the Artemis resource adapter.
 *
 * @param directory the folder holding the four files
 */
public record RuntimeLayout(Path directory) {

  /** The {@code runtime} folder next to the launcher jar (or next to the classes folder). */
  public static RuntimeLayout nextToLauncher() {
    try {
      Path launcher =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new RuntimeLayout(launcher.toAbsolutePath().getParent().resolve("runtime"));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot tell where the launcher jar is", e);
    }
  }

  /** Payara Micro's executable jar. */
  public Path payaraMicro() {
    return directory.resolve("payara-micro.jar");
  }

  /** The CHIDI application for Payara Micro (the chidi-micro WAR). */
  public Path application() {
    return directory.resolve("chidi.war");
  }

  /** The JDBC driver Payara's pools load (given to Payara with --addlibs). */
  public Path postgresqlDriver() {
    return directory.resolve("postgresql.jar");
  }

  /** The Artemis resource adapter archive. */
  public Path resourceAdapter() {
    return directory.resolve("chidi-artemis-ra.rar");
  }

  /** Fails with the list of missing files, so a half-built runtime is reported before any start. */
  public RuntimeLayout verify() {
    List<Path> missing =
        List.of(payaraMicro(), application(), postgresqlDriver(), resourceAdapter()).stream()
            .filter(file -> !Files.isRegularFile(file))
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Missing in the runtime folder: " + missing + ". Build it with `mvn package`.");
    }
    return this;
  }
}
