package app.chidi.connection.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals access tokens with Tink AEAD (AES256_GCM) under the keyset in {@code
 * CHIDI_TOKEN_KEYSET_FILE}, which lives outside the database. The business id is the associated
 * data, so a sealed token copied into another business's row does not open there. Every ciphertext
 * starts with the id of the key that sealed it: after a new primary key is added to the keyset, old
 * tokens still open with their old key and new ones are sealed with the new one.
 */
@ApplicationScoped
public class TokenVault {

  @Inject
  @ConfigProperty(name = "chidi.token-keyset-file")
  Optional<String> keysetFile;

  Aead aead;

  @PostConstruct
  void load() {
    Path file =
        keysetFile
            .filter(name -> !name.isBlank())
            .map(Path::of)
            .orElseThrow(
                () -> new IllegalStateException("CHIDI_TOKEN_KEYSET_FILE names no token keyset"));
    try {
      aead = aead(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token keyset " + file, e);
    }
  }

  /** The AEAD primitive of a keyset in Tink's JSON format. */
  public static Aead aead(String keysetJson) {
    try {
      AeadConfig.register();
      return TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get())
          .getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the token keyset is not a usable Tink AEAD keyset", e);
    }
  }

  /** Seals {@code token} for {@code businessId}'s row. */
  public byte[] seal(String token, UUID businessId) {
    return seal(token.getBytes(StandardCharsets.UTF_8), bytes(businessId));
  }

  /**
   * Opens a token sealed for {@code businessId}.
   *
   * @throws UnreadableTokenException when it was sealed for another business, altered, or sealed
   *     with a key no longer in the keyset
   */
  public String open(byte[] sealed, UUID businessId) {
    return new String(open(sealed, bytes(businessId)), StandardCharsets.UTF_8);
  }

  byte[] seal(byte[] plaintext, byte[] context) {
    try {
      return aead.encrypt(plaintext, context);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  byte[] open(byte[] sealed, byte[] context) {
    try {
      return aead.decrypt(sealed, context);
    } catch (GeneralSecurityException e) {
      throw new UnreadableTokenException();
    }
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
