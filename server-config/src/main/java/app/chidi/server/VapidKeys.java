package app.chidi.server;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The VAPID key pair (RFC 8292) that identifies CHIDI to browsers' push services: a P-256 key pair
 * as web push libraries exchange it, the public key as the base64url uncompressed point (65 bytes)
 * and the private key as the base64url 32-byte scalar. {@code CHIDI_VAPID_PUBLIC_KEY} and {@code
 * CHIDI_VAPID_PRIVATE_KEY} set it; otherwise it is generated into {@code
 * <data>/vapid-keys.properties} on first start and kept, because browsers' subscriptions are bound
 * to the public key.
 *
 * @param publicKey base64url (no padding) uncompressed P-256 point
 * @param privateKey base64url (no padding) private scalar
 */
public record VapidKeys(String publicKey, String privateKey) {

  public static final String PUBLIC_KEY_ENV = "CHIDI_VAPID_PUBLIC_KEY";
  public static final String PRIVATE_KEY_ENV = "CHIDI_VAPID_PRIVATE_KEY";

  static final String FILE_NAME = "vapid-keys.properties";

  /** The keys from the environment (both or neither), else the data directory's, made if new. */
  public static VapidKeys resolve(Path dataDir, Map<String, String> environment)
      throws IOException {
    String publicKey = environment.get(PUBLIC_KEY_ENV);
    String privateKey = environment.get(PRIVATE_KEY_ENV);
    if (publicKey != null && privateKey != null) {
      return new VapidKeys(publicKey, privateKey);
    }
    if (publicKey != null || privateKey != null) {
      throw new IllegalStateException(
          "Set both " + PUBLIC_KEY_ENV + " and " + PRIVATE_KEY_ENV + ", or neither");
    }
    Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    VapidKeys generated = generate();
    PrivateFiles.write(
        file,
        "# CHIDI's VAPID key pair; browsers' push subscriptions depend on it: keep it.\n"
            + "public="
            + generated.publicKey
            + "\nprivate="
            + generated.privateKey
            + "\n");
    return generated;
  }

  private static VapidKeys read(Path file) throws IOException {
    Properties stored = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      stored.load(reader);
    }
    return new VapidKeys(stored.getProperty("public"), stored.getProperty("private"));
  }

  static VapidKeys generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      ECPublicKey pub = (ECPublicKey) pair.getPublic();
      byte[] point = new byte[65];
      point[0] = 4;
      System.arraycopy(unsigned32(pub.getW().getAffineX()), 0, point, 1, 32);
      System.arraycopy(unsigned32(pub.getW().getAffineY()), 0, point, 33, 32);
      byte[] scalar = unsigned32(((ECPrivateKey) pair.getPrivate()).getS());
      Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
      return new VapidKeys(base64url.encodeToString(point), base64url.encodeToString(scalar));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot generate P-256 keys", e);
    }
  }

  /** A non-negative integer of at most 32 bytes as exactly 32 big-endian bytes. */
  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[32];
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
    return fixed;
  }
}
