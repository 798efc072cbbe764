package app.chidi.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads the properties file named by the system property {@code chidi.config-file}. The launcher
 * and the test set-up write it (generated key paths, public URL, demo switch); environment
 * variables and system properties still override it because its ordinal is lower than theirs.
 */
public class ConfigFileSource implements ConfigSource {

  static final String LOCATION_PROPERTY = "chidi.config-file";
  private static final int ORDINAL = 250;

  private final Map<String, String> properties = load(System.getProperty(LOCATION_PROPERTY));

  static Map<String, String> load(String location) {
    Map<String, String> values = new HashMap<>();
    if (location == null || location.isBlank()) {
      return values;
    }
    Properties file = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8)) {
      file.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CHIDI configuration " + location, e);
    }
    file.stringPropertyNames().forEach(name -> values.put(name, file.getProperty(name)));
    return values;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "chidi-config-file";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
