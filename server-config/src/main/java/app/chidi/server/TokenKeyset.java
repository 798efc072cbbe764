package app.chidi.server;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * The Tink keyset (JSON, one AES256_GCM key to begin with) that encrypts the channels' access
 * tokens at rest. It is kept outside the database on purpose: a copy of the database alone reveals
 * no token. By default it lives in the data directory and is generated on first start; {@code
 * CHIDI_TOKEN_KEYSET_FILE} names one kept elsewhere, which must exist — replacing it would make
 * every stored token unreadable.
 *
 * @param file the keyset in Tink's JSON format
 */
public record TokenKeyset(Path file) {

  /** Names the keyset file instead of {@code <data>/token-keyset.json}. */
  public static final String FILE_ENV = "CHIDI_TOKEN_KEYSET_FILE";

  /** The keyset file to use, generated in the data directory when none exists there yet. */
  public static TokenKeyset resolve(Path dataDir, Map<String, String> environment)
      throws IOException {
    String named = environment.get(FILE_ENV);
    if (named != null) {
      Path file = Path.of(named).toAbsolutePath();
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "Token keyset missing: " + file + " must exist when " + FILE_ENV + " is set");
      }
      return new TokenKeyset(file);
    }
    Path file = dataDir.toAbsolutePath().normalize().resolve("token-keyset.json");
    if (!Files.isRegularFile(file)) {
      PrivateFiles.write(file, generate());
    }
    return new TokenKeyset(file);
  }

  private static String generate() {
    try {
      AeadConfig.register();
      KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink cannot generate an AES256_GCM keyset", e);
    }
  }
}
