package app.chidi.connection.control;

import app.chidi.connection.boundary.InvalidOAuthStateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The {@code state} of an Instagram login: the business and the person who started it and when it
 * stops being valid, sealed by the {@link TokenVault} under a purpose of its own. Sealing makes it
 * tamper-proof (AES-GCM authenticates) and opaque, and needs no second secret.
 */
@ApplicationScoped
public class OAuthStates {

  /** How long a person has to finish the login on Instagram. */
  public static final Duration VALIDITY = Duration.ofMinutes(10);

  private static final byte[] PURPOSE =
      "chidi/instagram-login-state".getBytes(StandardCharsets.UTF_8);

  @Inject TokenVault vault;

  /**
   * A state for {@code business} and {@code user}, valid for {@link #VALIDITY} from {@code now}.
   */
  public String issue(UUID business, UUID user, Instant now) {
    String claims = business + "|" + user + "|" + now.plus(VALIDITY).getEpochSecond();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(vault.seal(claims.getBytes(StandardCharsets.UTF_8), PURPOSE));
  }

  /**
   * The login a state was issued for.
   *
   * @throws InvalidOAuthStateException when it is missing, altered, forged or expired
   */
  public LoginState read(String state, Instant now) {
    String[] claims = claims(state);
    if (Instant.ofEpochSecond(Long.parseLong(claims[2])).isBefore(now)) {
      throw InvalidOAuthStateException.expired();
    }
    return new LoginState(UUID.fromString(claims[0]), UUID.fromString(claims[1]));
  }

  private String[] claims(String state) {
    try {
      byte[] sealed = Base64.getUrlDecoder().decode(state == null ? "" : state);
      String[] claims =
          new String(vault.open(sealed, PURPOSE), StandardCharsets.UTF_8).split("\\|");
      if (claims.length != 3) {
        throw InvalidOAuthStateException.tampered();
      }
      return claims;
    } catch (IllegalArgumentException | UnreadableTokenException e) {
      throw InvalidOAuthStateException.tampered();
    }
  }

  /** Who started the login, for which business. */
  public record LoginState(UUID business, UUID user) {}
}
