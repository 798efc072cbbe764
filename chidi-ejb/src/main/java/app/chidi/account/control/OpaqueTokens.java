package app.chidi.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Random bearer secrets (refresh tokens, verification links) and their stored form. Only the
 * SHA-256 of a secret is kept; a refresh token is prefixed with its business id so the lookup can
 * run under that tenant's row-level security.
 */
public final class OpaqueTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OpaqueTokens() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String forBusiness(UUID businessId) {
    return businessId + "." + newSecret();
  }

  /** The business a refresh token claims to belong to; empty when it is not of our making. */
  public static Optional<UUID> businessOf(String token) {
    int dot = token.indexOf('.');
    if (dot != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(token.substring(0, dot)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
