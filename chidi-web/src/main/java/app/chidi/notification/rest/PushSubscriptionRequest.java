package app.chidi.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it; {@code
 * expirationTime} is ignored. The push service's endpoint is an http(s) URL; the keys are base64url
 * without padding: {@code p256dh} a P-256 point (65 bytes), {@code auth} a 16-byte secret.
 */
public record PushSubscriptionRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "https?://\\S+", message = "must be the push service's http(s) URL")
        String endpoint,
    @NotNull @Valid Keys keys) {

  /** The browser's keys. */
  public record Keys(
      @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{87}", message = "must be a base64url P-256 key")
          String p256dh,
      @NotNull
          @Pattern(regexp = "[A-Za-z0-9_-]{22}", message = "must be a base64url 16-byte secret")
          String auth) {}
}
