package app.chidi.channel.control;

import app.chidi.channel.entity.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Sends per second per account, counted in the data grid (the injected JCache manager is Payara's
 * member, as for the sign-in limits), so every instance shares one budget: WhatsApp's default 80
 * messages a second per phone number, Instagram's 100 calls a second per account for text. A
 * counter is a plain string under {@code PLATFORM:account@second} and expires with its second.
 */
@ApplicationScoped
public class SendRateLimiter {

  static final String CACHE = "chidi-channel-sends";

  @Inject CacheManager manager;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "chidi.channel.whatsapp-sends-per-second",
      defaultValue = "80")
  int whatsAppPerSecond;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "chidi.channel.instagram-sends-per-second",
      defaultValue = "100")
  int instagramPerSecond;

  Clock clock = Clock.systemUTC();
  private Cache<String, String> counters;

  @PostConstruct
  void createCache() {
    Cache<String, String> cache = manager.getCache(CACHE, String.class, String.class);
    counters =
        cache != null
            ? cache
            : manager.createCache(
                CACHE,
                new MutableConfiguration<String, String>()
                    .setTypes(String.class, String.class)
                    .setExpiryPolicyFactory(
                        CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, 2))));
  }

  /** Counts one send for the account; false when its budget for this second is spent. */
  public boolean tryAcquire(Platform platform, String accountId) {
    int max = platform == Platform.WHATSAPP ? whatsAppPerSecond : instagramPerSecond;
    String key = platform.name() + ":" + accountId + "@" + clock.millis() / 1000;
    while (true) {
      String current = counters.get(key);
      int count = current == null ? 0 : Integer.parseInt(current);
      if (count >= max) {
        return false;
      }
      String next = Integer.toString(count + 1);
      if (current == null
          ? counters.putIfAbsent(key, next)
          : counters.replace(key, current, next)) {
        return true;
      }
    }
  }
}
