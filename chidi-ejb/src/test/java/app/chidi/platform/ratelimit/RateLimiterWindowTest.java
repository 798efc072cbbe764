package app.chidi.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterWindowTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void aNewKeyStartsAnEmptyWindowNow() {
    var window = RateLimiter.Window.parse(null, 5_000, MINUTE);
    assertEquals(0, window.count());
    assertEquals("1@5000", window.incremented());
  }

  @Test
  void countsWithinTheWindowAndSaysHowLongToWait() {
    var window = RateLimiter.Window.parse("10@0", 15_000, MINUTE);
    assertEquals(10, window.count());
    assertEquals(Duration.ofSeconds(45), window.remaining(15_000, MINUTE));
  }

  @Test
  void anExpiredWindowStartsAgain() {
    var window = RateLimiter.Window.parse("10@0", 60_000, MINUTE);
    assertEquals(0, window.count());
    assertEquals("1@60000", window.incremented());
  }
}
