package app.chidi.e2e.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser holds for a push subscription — its P-256 key pair and auth secret — and what it
 * does with a message: decrypt it (RFC 8291, aes128gcm) and, as the push service does, check the
 * VAPID token (RFC 8292). Written from the RFCs, independently of CHIDI's code.
 */
final class BrowserPushKeys {

  /** An X.509 SubjectPublicKeyInfo of a P-256 key is this prefix and the 65-byte point. */
  private static final int SPKI_PREFIX = 26;

  private final KeyPair pair;
  private final byte[] auth = new byte[16];

  BrowserPushKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    pair = generator.generateKeyPair();
    new SecureRandom().nextBytes(auth);
  }

  String p256dh() {
    return base64url(point(pair.getPublic()));
  }

  String auth() {
    return base64url(auth);
  }

  /** The plaintext of an aes128gcm body encrypted for this browser. */
  String decrypt(byte[] body) throws GeneralSecurityException {
    ByteBuffer header = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    header.get(salt);
    int recordSize = header.getInt();
    byte[] senderKey = new byte[header.get()];
    header.get(senderKey);
    byte[] ciphertext = Arrays.copyOfRange(body, header.position(), body.length);
    if (ciphertext.length > recordSize) {
      throw new GeneralSecurityException("more than one record");
    }
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
    ecdh.init(pair.getPrivate());
    ecdh.doPhase(publicKey(senderKey), true);
    byte[] info =
        join(ascii("WebPush: info\0"), point(pair.getPublic()), senderKey, new byte[] {1});
    byte[] ikm = hmac(hmac(auth, ecdh.generateSecret()), info);
    byte[] prk = hmac(salt, ikm);
    byte[] cek = Arrays.copyOf(hmac(prk, ascii("Content-Encoding: aes128gcm\0\1")), 16);
    byte[] nonce = Arrays.copyOf(hmac(prk, ascii("Content-Encoding: nonce\0\1")), 12);
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] padded = gcm.doFinal(ciphertext);
    int end = padded.length - 1;
    while (padded[end] == 0) {
      end--;
    }
    if (padded[end] != 2) {
      throw new GeneralSecurityException("last record must end with delimiter 2");
    }
    return new String(padded, 0, end, StandardCharsets.UTF_8);
  }

  /** Checks a {@code vapid t=<jwt>, k=<key>} header's ES256 signature; answers its claims JSON. */
  static String verifiedVapidClaims(String authorization, String expectedKey)
      throws GeneralSecurityException {
    String[] parts = authorization.substring("vapid ".length()).split(",\\s*");
    String token = parts[0].substring("t=".length());
    String key = parts[1].substring("k=".length());
    if (!key.equals(expectedKey)) {
      throw new GeneralSecurityException("k is not the server's public key");
    }
    String[] jwt = token.split("\\.");
    String header = new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8);
    if (!header.replace(" ", "").contains("\"alg\":\"ES256\"")) {
      throw new GeneralSecurityException("not ES256: " + header);
    }
    Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
    es256.initVerify(publicKey(Base64.getUrlDecoder().decode(key)));
    es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    if (!es256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
      throw new GeneralSecurityException("bad VAPID signature");
    }
    return new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
  }

  private static byte[] point(PublicKey key) {
    byte[] spki = key.getEncoded();
    return Arrays.copyOfRange(spki, SPKI_PREFIX, spki.length);
  }

  private static PublicKey publicKey(byte[] point) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    byte[] template = generator.generateKeyPair().getPublic().getEncoded();
    byte[] spki = join(Arrays.copyOf(template, SPKI_PREFIX), point);
    return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
  }

  private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] join(byte[]... parts) {
    ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
    Arrays.stream(parts).forEach(out::put);
    return out.array();
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
