package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

  @TempDir Path data;

  @Test
  void generatesAMatchingRsaPairOfPemFiles() throws Exception {
    JwtKeys keys = JwtKeys.resolve(data, Map.of());

    PrivateKey privateKey =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(der(keys.privateKey())));
    PublicKey publicKey =
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(keys.publicKey())));
    byte[] message = "token".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(privateKey);
    signer.update(message);
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(message);
    assertTrue(verifier.verify(signer.sign()));
    assertTrue(Files.readString(keys.privateKey()).startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertTrue(Files.readString(keys.publicKey()).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())));
  }

  @Test
  void keepsExistingKeys() throws Exception {
    byte[] first = Files.readAllBytes(JwtKeys.resolve(data, Map.of()).privateKey());

    assertArrayEquals(first, Files.readAllBytes(JwtKeys.resolve(data, Map.of()).privateKey()));
  }

  @Test
  void usesKeysNamedByTheEnvironmentButNeverCreatesThem() throws Exception {
    Map<String, String> env =
        Map.of(
            JwtKeys.PRIVATE_KEY_ENV, data.resolve("elsewhere/private.pem").toString(),
            JwtKeys.PUBLIC_KEY_ENV, data.resolve("elsewhere/public.pem").toString());

    assertThrows(IllegalStateException.class, () -> JwtKeys.resolve(data, env));

    JwtKeys generated = JwtKeys.resolve(data, Map.of());
    Files.createDirectories(data.resolve("elsewhere"));
    Files.copy(generated.privateKey(), data.resolve("elsewhere/private.pem"));
    Files.copy(generated.publicKey(), data.resolve("elsewhere/public.pem"));
    assertEquals(data.resolve("elsewhere/public.pem"), JwtKeys.resolve(data, env).publicKey());
  }

  private static byte[] der(Path pem) throws Exception {
    String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
