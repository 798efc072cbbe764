package app.chidi.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The RSA key pair that signs (private) and verifies (public) CHIDI's JWTs, as PEM files. By
 * default they live in the data directory and are generated on first start; {@code
 * CHIDI_JWT_PRIVATE_KEY_FILE} and {@code CHIDI_JWT_PUBLIC_KEY_FILE} point to keys kept elsewhere.
 *
 * @param privateKey PKCS#8 PEM file ({@code BEGIN PRIVATE KEY})
 * @param publicKey X.509 SubjectPublicKeyInfo PEM file ({@code BEGIN PUBLIC KEY})
 */
public record JwtKeys(Path privateKey, Path publicKey) {

  /** Names the private key file instead of {@code <data>/jwt-private.pem}. */
  public static final String PRIVATE_KEY_ENV = "CHIDI_JWT_PRIVATE_KEY_FILE";

  /** Names the public key file instead of {@code <data>/jwt-public.pem}. */
  public static final String PUBLIC_KEY_ENV = "CHIDI_JWT_PUBLIC_KEY_FILE";

  /**
   * The key files to use. Keys in the data directory are generated when either is missing (tokens
   * signed with an older pair then fail, which is a fresh login); keys named by the environment
   * must exist, because replacing them would break whoever else uses them.
   */
  public static JwtKeys resolve(Path dataDir, Map<String, String> environment) throws IOException {
    Path data = dataDir.toAbsolutePath().normalize();
    String privateFile = environment.get(PRIVATE_KEY_ENV);
    String publicFile = environment.get(PUBLIC_KEY_ENV);
    JwtKeys keys =
        new JwtKeys(
            privateFile == null ? data.resolve("jwt-private.pem") : Path.of(privateFile),
            publicFile == null ? data.resolve("jwt-public.pem") : Path.of(publicFile));
    boolean complete = Files.isRegularFile(keys.privateKey) && Files.isRegularFile(keys.publicKey);
    if (!complete && (privateFile != null || publicFile != null)) {
      throw new IllegalStateException(
          "JWT key files missing: "
              + keys.privateKey
              + " and "
              + keys.publicKey
              + " must both exist when "
              + PRIVATE_KEY_ENV
              + " or "
              + PUBLIC_KEY_ENV
              + " is set");
    }
    if (!complete) {
      keys.generate();
    }
    return keys.absolute();
  }

  private void generate() throws IOException {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM cannot generate RSA keys", e);
    }
    // getEncoded() gives PKCS#8 for the private and SubjectPublicKeyInfo for the public key.
    PrivateFiles.write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    PrivateFiles.write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private JwtKeys absolute() {
    return new JwtKeys(privateKey.toAbsolutePath(), publicKey.toAbsolutePath());
  }

  private static String pem(String type, byte[] der) {
    Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    return "-----BEGIN "
        + type
        + "-----\n"
        + base64.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
