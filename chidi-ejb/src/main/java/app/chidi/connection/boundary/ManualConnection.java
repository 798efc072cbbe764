package app.chidi.connection.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A connection set up by hand: a WhatsApp phone number id with a system-user token (how WhatsApp
 * Business Platform integrations are set up), or an Instagram account with a token it already has.
 * The token is never echoed back: {@link #toString()} leaves it out.
 */
public record ManualConnection(
    @NotBlank(message = "is required")
        @Pattern(regexp = "[0-9]{1,30}", message = "must be the numeric id Meta shows")
        String accountId,
    @NotBlank(message = "is required") @Size(max = 4096, message = "is too long")
        String accessToken,
    @Size(max = 200, message = "must be at most 200 characters") String displayName,
    @Size(max = 200, message = "must be at most 200 characters") String templateName,
    @Pattern(regexp = "[a-z]{2,3}(_[A-Z]{2})?", message = "must be a language code such as en_US")
        String templateLanguage) {

  @Override
  public String toString() {
    return "ManualConnection[accountId=" + accountId + ", displayName=" + displayName + "]";
  }
}
