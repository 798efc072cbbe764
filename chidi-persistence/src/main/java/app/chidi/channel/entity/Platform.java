package app.chidi.channel.entity;

import java.util.Locale;
import java.util.Optional;

/** Where a customer writes from. The sandbox is CHIDI's own, for trying it without Meta. */
public enum Platform {
  WHATSAPP,
  INSTAGRAM,
  SANDBOX;

  /** The lower-case name used in URLs and the API. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The platform named {@code key} in a URL, if any. */
  public static Optional<Platform> of(String key) {
    for (Platform platform : values()) {
      if (platform.key().equals(key)) {
        return Optional.of(platform);
      }
    }
    return Optional.empty();
  }
}
