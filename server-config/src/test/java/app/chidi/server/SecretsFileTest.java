package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsFileTest {

  @TempDir Path data;

  @Test
  void generatesEachPasswordOnceAndKeepsItOwnerOnly() throws Exception {
    String owner = SecretsFile.open(data).getOrCreate("owner");
    String app = SecretsFile.open(data).getOrCreate("app");

    assertEquals(owner, SecretsFile.open(data).getOrCreate("owner"));
    assertNotEquals(owner, app);
    assertTrue(owner.matches("[0-9a-f]{48}"), owner);
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(data.resolve(SecretsFile.FILE_NAME))));
  }
}
