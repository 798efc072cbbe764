package app.chidi.account.control;

import app.chidi.platform.security.Claims;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an access token where MicroProfile JWT does not (a WebSocket's {@code access_token} query
 * parameter): the RS256 signature with the key MicroProfile JWT verifies with, the issuer, the
 * expiry, and the subject and business claims.
 */
@ApplicationScoped
public class AccessTokenVerifier {

  /** Whose token it is and until when it holds. */
  public record Holder(UUID userId, UUID businessId, Instant expiresAt) {}

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  String publicKeyLocation;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "chidi")
  String issuer;

  private RSASSAVerifier verifier;

  @PostConstruct
  void loadKey() {
    verifier = new RSASSAVerifier(readPublicKey(Path.of(URI.create(publicKeyLocation))));
  }

  /** The holder of a valid, unexpired token; empty for anything else. */
  public Optional<Holder> verify(String token, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      return holder(jwt.getJWTClaimsSet(), now);
    } catch (ParseException | JOSEException | IllegalArgumentException invalid) {
      // Malformed or forged: the caller treats it as no token at all.
      return Optional.empty();
    }
  }

  private Optional<Holder> holder(JWTClaimsSet claims, Instant now) {
    Object business = claims.getClaim(Claims.BUSINESS_ID);
    if (!issuer.equals(claims.getIssuer())
        || claims.getExpirationTime() == null
        || !claims.getExpirationTime().toInstant().isAfter(now)
        || claims.getSubject() == null
        || business == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Holder(
            UUID.fromString(claims.getSubject()),
            UUID.fromString(business.toString()),
            claims.getExpirationTime().toInstant()));
  }

  private static RSAPublicKey readPublicKey(Path pem) {
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
