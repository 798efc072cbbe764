package app.chidi.platform.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header, as remote APIs (language models, Meta) send it. */
public final class RetryAfterHeader {

  private RetryAfterHeader() {}

  /** {@code Retry-After} in seconds or as an HTTP date; empty when unreadable. */
  public static Optional<Duration> parse(String value) {
    String text = value.strip();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      }
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
