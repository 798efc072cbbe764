package app.chidi.channel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When to try a send again: exponential backoff with jitter (half the step plus a random part of
 * the other half), never sooner than the platform's {@code Retry-After}, for at most {@code
 * chidi.channel.send-attempts} attempts.
 */
@ApplicationScoped
public class RetrySchedule {

  @Inject
  @ConfigProperty(name = "chidi.channel.send-attempts", defaultValue = "5")
  int attempts;

  @Inject
  @ConfigProperty(name = "chidi.channel.retry-base-ms", defaultValue = "1000")
  long baseMillis;

  @Inject
  @ConfigProperty(name = "chidi.channel.retry-max-ms", defaultValue = "300000")
  long maxMillis;

  /** Whether {@code attempt} was the last one allowed. */
  public boolean exhausted(int attempt) {
    return attempt >= attempts;
  }

  /** The wait after failed attempt number {@code attempt} (from 1). */
  public Duration after(int attempt, Duration retryAfter) {
    long step = Math.min(maxMillis, baseMillis << Math.min(attempt - 1, 20));
    long jittered = step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    Duration backoff = Duration.ofMillis(jittered);
    return retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
  }

  /** A short wait for a send the rate limit held back (not an attempt). */
  public Duration throttled() {
    return Duration.ofMillis(250 + ThreadLocalRandom.current().nextLong(750));
  }
}
