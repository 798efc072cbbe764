package app.chidi.notification.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a push message for one browser as RFC 8291 prescribes, in the {@code aes128gcm} content
 * coding of RFC 8188: a fresh P-256 key pair and salt per message, ECDH with the browser's key, two
 * HKDF steps (the second salted) giving the content key and nonce, and one AES-128-GCM record.
 */
public final class PushPayloadCipher {

  /** The record size announced in the header; one record holds the whole message. */
  static final int RECORD_SIZE = 4096;

  /** The longest plaintext one record carries (record size less delimiter and GCM tag). */
  public static final int MAX_PLAINTEXT = RECORD_SIZE - 17;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PushPayloadCipher() {}

  /**
   * @param browserKey the subscription's {@code p256dh} key, an uncompressed P-256 point
   * @param authSecret the subscription's 16-byte {@code auth} secret
   * @return the request body: header (salt, record size, sender key) and ciphertext
   */
  public static byte[] encrypt(byte[] plaintext, byte[] browserKey, byte[] authSecret) {
    if (plaintext.length > MAX_PLAINTEXT) {
      throw new IllegalArgumentException("push payload too long: " + plaintext.length);
    }
    KeyPair sender = P256.generate();
    byte[] senderKey = P256.encode((ECPublicKey) sender.getPublic());
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    try {
      KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
      ecdh.init(sender.getPrivate());
      ecdh.doPhase(P256.publicKey(browserKey), true);
      byte[] keyInfo = concat(ascii("WebPush: info\0"), browserKey, senderKey);
      byte[] ikm = expand(hmac(authSecret, ecdh.generateSecret()), keyInfo, 32);
      byte[] prk = hmac(salt, ikm);
      byte[] cek = expand(prk, ascii("Content-Encoding: aes128gcm\0"), 16);
      byte[] nonce = expand(prk, ascii("Content-Encoding: nonce\0"), 12);
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
      // 0x02: the padding delimiter of the last (here the only) record, no padding after it.
      byte[] ciphertext = gcm.doFinal(concat(plaintext, new byte[] {2}));
      byte[] header =
          ByteBuffer.allocate(21)
              .put(salt)
              .putInt(RECORD_SIZE)
              .put((byte) senderKey.length)
              .array();
      return concat(header, senderKey, ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a push message", e);
    }
  }

  /** HKDF-Expand (RFC 5869) for at most one block: the first {@code length} bytes of T(1). */
  private static byte[] expand(byte[] prk, byte[] info, int length) {
    return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
