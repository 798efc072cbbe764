package app.chidi.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an access token that arrived outside an {@code Authorization} header (a WebSocket
 * subprotocol) exactly as MicroProfile JWT checks the header: RS256 signature with the configured
 * public key, issuer, expiry, and CHIDI's {@code business_id} claim.
 */
@ApplicationScoped
public class AccessTokenVerifier {

  /** Who a valid token speaks for, and until when. */
  public record Bearer(UUID userId, UUID businessId, String group, Instant expiresAt) {}

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  String publicKeyLocation;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "chidi")
  String issuer;

  private RSASSAVerifier verifier;

  @PostConstruct
  void loadKey() {
    verifier = new RSASSAVerifier(readPublicKey(publicKeyLocation));
  }

  /** The bearer of {@code token}, or empty when it is malformed, forged, foreign or expired. */
  public Optional<Bearer> verify(String token, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      return bearer(jwt.getJWTClaimsSet(), now);
    } catch (ParseException | JOSEException | IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  private Optional<Bearer> bearer(JWTClaimsSet claims, Instant now) throws ParseException {
    Object business = claims.getClaim(Claims.BUSINESS_ID);
    List<String> groups = claims.getStringListClaim("groups");
    if (!issuer.equals(claims.getIssuer())
        || claims.getExpirationTime() == null
        || !claims.getExpirationTime().toInstant().isAfter(now)
        || business == null
        || groups == null
        || groups.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        new Bearer(
            UUID.fromString(claims.getSubject()),
            UUID.fromString(business.toString()),
            groups.get(0),
            claims.getExpirationTime().toInstant()));
  }

  static RSAPublicKey readPublicKey(String location) {
    Path pem = location.contains(":") ? Path.of(URI.create(location)) : Path.of(location);
    try {
      String base64 =
          Files.readString(pem)
              .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
              .replaceAll("\\s", "");
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JWT public key " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JWT public key " + pem + " is not an RSA key", e);
    }
  }
}
