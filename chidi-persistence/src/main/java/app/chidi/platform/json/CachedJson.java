package app.chidi.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The factory methods of {@link jakarta.json.Json} on one provider, looked up once. {@code Json}'s
 * own methods look the provider up with a {@code ServiceLoader} on every call, which scans the
 * class path (jakartaee/jsonp-api#154): in Payara that was about an eighth of the CPU a webhook and
 * its reply took (JFR, {@code .ci/benchmark-channels}). The provider is thread-safe; the one Payara
 * bundles serves the whole application.
 */
public final class CachedJson {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private CachedJson() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
    return PROVIDER.createObjectBuilder(map);
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonReader createReader(InputStream in) {
    return PROVIDER.createReader(in);
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(int value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(BigDecimal value) {
    return PROVIDER.createValue(value);
  }
}
