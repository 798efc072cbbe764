package app.chidi.account.control;

import app.chidi.account.entity.Membership;
import app.chidi.account.entity.User;
import app.chidi.platform.security.Claims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the RS256 access tokens that MicroProfile JWT verifies: subject = user id, {@code groups}
 * = the role, {@code business_id} = the tenant of the session.
 */
@ApplicationScoped
public class AccessTokens {

  public static final Duration LIFETIME = Duration.ofMinutes(30);

  @Inject
  @ConfigProperty(name = "chidi.account.jwt-private-key-location")
  String privateKeyLocation;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "chidi")
  String issuer;

  private RSASSASigner signer;

  @PostConstruct
  void loadKey() {
    signer = new RSASSASigner(readPrivateKey(Path.of(privateKeyLocation)));
  }

  /** A signed token and the second it expires at. */
  public record Issued(String token, Instant expiresAt) {}

  public Issued issue(User user, Membership membership) {
    Instant now = Instant.now();
    Instant expiresAt = now.plus(LIFETIME);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(user.id().toString())
            .claim("upn", user.email())
            .claim("groups", List.of(membership.role().groupName()))
            .claim(Claims.BUSINESS_ID, membership.businessId().toString())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
    return new Issued(jwt.serialize(), expiresAt);
  }

  static PrivateKey readPrivateKey(Path pem) {
    try {
      String base64 =
          Files.readString(pem)
              .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JWT signing key " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JWT signing key " + pem + " is not a PKCS#8 RSA key", e);
    }
  }
}
