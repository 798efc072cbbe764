package app.chidi.channel.control;

import app.chidi.channel.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks that a webhook comes from Meta: the verify token of a subscription check, and the {@code
 * X-Hub-Signature-256} HMAC over the raw body. Both compare in constant time. Without a configured
 * secret nothing verifies.
 */
@ApplicationScoped
public class WebhookVerifier {

  private static final String PREFIX = "sha256=";

  @Inject
  @ConfigProperty(name = "chidi.meta.verify-token")
  Optional<String> verifyToken;

  @Inject
  @ConfigProperty(name = "chidi.meta.app-secret")
  Optional<String> appSecret;

  /** Instagram Login apps have a secret of their own; without one, the Meta app's is used. */
  @Inject
  @ConfigProperty(name = "chidi.instagram.app-secret")
  Optional<String> instagramAppSecret;

  /** Whether a subscription check ({@code hub.mode}, {@code hub.verify_token}) is CHIDI's. */
  public boolean subscriptionAllowed(String mode, String token) {
    return "subscribe".equals(mode)
        && token != null
        && verifyToken.filter(expected -> !expected.isBlank()).isPresent()
        && MessageDigest.isEqual(
            verifyToken.get().getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code header} is {@code sha256=<hex HMAC-SHA256(secret, body)>}. */
  public boolean signed(Platform platform, byte[] body, String header) {
    Optional<String> secret = secretOf(platform).filter(s -> !s.isBlank());
    if (secret.isEmpty() || header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] expected =
        HexFormat.of().formatHex(hmac(secret.get(), body)).getBytes(StandardCharsets.US_ASCII);
    byte[] given =
        header
            .substring(PREFIX.length())
            .toLowerCase(java.util.Locale.ROOT)
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  private Optional<String> secretOf(Platform platform) {
    return platform == Platform.INSTAGRAM
        ? instagramAppSecret.filter(s -> !s.isBlank()).or(() -> appSecret)
        : appSecret;
  }

  static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
