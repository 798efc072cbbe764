package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeysetTest {

  @TempDir Path data;

  @Test
  void generatesAnOwnerOnlyAes256GcmKeysetOnce() throws Exception {
    TokenKeyset keyset = TokenKeyset.resolve(data, Map.of());
    String json = Files.readString(keyset.file());

    assertEquals(data.resolve("token-keyset.json"), keyset.file());
    assertTrue(json.contains("type.googleapis.com/google.crypto.tink.AesGcmKey"), json);
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset.file())));
    assertEquals(json, Files.readString(TokenKeyset.resolve(data, Map.of()).file()));
  }

  @Test
  void usesAKeysetNamedByTheEnvironmentButNeverCreatesOne() throws Exception {
    Path elsewhere = data.resolve("vault/keyset.json");
    Map<String, String> env = Map.of(TokenKeyset.FILE_ENV, elsewhere.toString());

    assertThrows(IllegalStateException.class, () -> TokenKeyset.resolve(data, env));
    Files.createDirectories(elsewhere.getParent());
    Files.writeString(elsewhere, "{}");
    assertEquals(elsewhere, TokenKeyset.resolve(data, env).file());
  }
}
