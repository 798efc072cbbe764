package app.chidi.notification.control;

import app.chidi.platform.json.CachedJson;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identifies CHIDI to push services with VAPID (RFC 8292): an ES256 JWT for the endpoint's origin,
 * valid 12 hours, and the public key browsers subscribed with. The key pair comes from {@code
 * CHIDI_VAPID_PUBLIC_KEY} / {@code CHIDI_VAPID_PRIVATE_KEY} or the launcher's generated pair.
 */
@ApplicationScoped
public class VapidSigner {

  static final Duration LIFETIME = Duration.ofHours(12);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  @Inject
  @ConfigProperty(name = "chidi.vapid-public-key")
  String publicKey;

  @Inject
  @ConfigProperty(name = "chidi.vapid-private-key")
  String privateKey;

  @Inject
  @ConfigProperty(
      name = "chidi.notification.vapid-subject",
      defaultValue = "mailto:push@chidi.local")
  String subject;

  private ECPrivateKey signingKey;

  @PostConstruct
  void loadKey() {
    signingKey = P256.privateKey(Base64.getUrlDecoder().decode(privateKey));
  }

  /** The application server key browsers subscribe with (base64url uncompressed point). */
  public String publicKey() {
    return publicKey;
  }

  /** The {@code Authorization} header value for a push to {@code endpoint}. */
  public String authorization(URI endpoint, Instant now) {
    String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
    String header = encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
    String claims =
        encode(
            CachedJson.createObjectBuilder()
                .add("aud", audience)
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("sub", subject)
                .build()
                .toString());
    String signingInput = header + "." + claims;
    return "vapid t=" + signingInput + "." + sign(signingInput) + ", k=" + publicKey;
  }

  private String sign(String signingInput) {
    try {
      // JWS ES256 wants the raw 64-byte R || S, which the P1363 format gives (not DER).
      Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
      es256.initSign(signingKey);
      es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return BASE64URL.encodeToString(es256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the VAPID token", e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
