package app.chidi.platform.ratelimit;

import app.chidi.platform.error.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;

/**
 * Fixed-window counters in JCache. The injected manager is Payara's data grid member, so every
 * instance of a cluster counts in the same window. ({@code Caching.getCachingProvider()} would
 * instead pick Hazelcast's client provider, which waits forever for a cluster on port 5701.) A
 * window is stored as {@code "count@startMillis"} (plain strings travel across members without
 * class-loading concerns).
 */
@ApplicationScoped
public class RateLimiter {

  /** A named limit: at most {@code max} attempts per {@code window}. */
  public enum Limit {
    SIGNUP_PER_IP(5, Duration.ofHours(1)),
    LOGIN_PER_ACCOUNT_AND_IP(10, Duration.ofMinutes(1)),
    CHAT_MESSAGES_PER_USER(100, Duration.ofMinutes(1));

    final int max;
    final Duration window;

    Limit(int max, Duration window) {
      this.max = max;
      this.window = window;
    }

    String cacheName() {
      return "chidi-rate-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Inject CacheManager manager;
  Clock clock = Clock.systemUTC();
  private final java.util.Map<Limit, Cache<String, String>> caches =
      new java.util.EnumMap<>(Limit.class);

  @PostConstruct
  void createCaches() {
    for (Limit limit : Limit.values()) {
      Cache<String, String> cache = manager.getCache(limit.cacheName(), String.class, String.class);
      if (cache == null) {
        cache = manager.createCache(limit.cacheName(), configuration(limit));
      }
      caches.put(limit, cache);
    }
  }

  private static MutableConfiguration<String, String> configuration(Limit limit) {
    return new MutableConfiguration<String, String>()
        .setTypes(String.class, String.class)
        .setExpiryPolicyFactory(
            CreatedExpiryPolicy.factoryOf(
                new javax.cache.expiry.Duration(
                    java.util.concurrent.TimeUnit.SECONDS, limit.window.toSeconds())));
  }

  /**
   * Counts one attempt under {@code key}.
   *
   * @throws TooManyRequestsException when the window already holds {@code max} attempts
   */
  public void acquire(Limit limit, String key) {
    Cache<String, String> cache = caches.get(limit);
    long now = clock.millis();
    while (true) {
      String current = cache.get(key);
      Window window = Window.parse(current, now, limit.window);
      if (window.count() >= limit.max) {
        throw new TooManyRequestsException(window.remaining(now, limit.window));
      }
      String next = window.incremented();
      boolean stored =
          current == null ? cache.putIfAbsent(key, next) : cache.replace(key, current, next);
      if (stored) {
        return;
      }
    }
  }

  record Window(int count, long startMillis) {

    static Window parse(String stored, long now, Duration length) {
      if (stored == null) {
        return new Window(0, now);
      }
      int at = stored.indexOf('@');
      Window window =
          new Window(
              Integer.parseInt(stored.substring(0, at)), Long.parseLong(stored.substring(at + 1)));
      return now - window.startMillis >= length.toMillis() ? new Window(0, now) : window;
    }

    String incremented() {
      return (count + 1) + "@" + startMillis;
    }

    Duration remaining(long now, Duration length) {
      long millis = Math.max(1000, startMillis + length.toMillis() - now);
      return Duration.ofMillis(millis);
    }
  }
}
