package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VapidKeysTest {

  @TempDir Path data;

  @Test
  void generatesAP256PairOnceAndKeepsIt() throws Exception {
    VapidKeys first = VapidKeys.resolve(data, Map.of());
    byte[] point = Base64.getUrlDecoder().decode(first.publicKey());
    assertEquals(65, point.length);
    assertEquals(4, point[0], "uncompressed point");
    assertEquals(32, Base64.getUrlDecoder().decode(first.privateKey()).length);
    assertEquals(first, VapidKeys.resolve(data, Map.of()));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(data.resolve(VapidKeys.FILE_NAME))));
  }

  @Test
  void theEnvironmentSetsBothOrNeither() throws Exception {
    Map<String, String> both =
        Map.of(VapidKeys.PUBLIC_KEY_ENV, "BPub", VapidKeys.PRIVATE_KEY_ENV, "priv");
    assertEquals(new VapidKeys("BPub", "priv"), VapidKeys.resolve(data, both));
    assertEquals(false, Files.exists(data.resolve(VapidKeys.FILE_NAME)));
    assertThrows(
        IllegalStateException.class,
        () -> VapidKeys.resolve(data, Map.of(VapidKeys.PUBLIC_KEY_ENV, "BPub")));
  }
}
