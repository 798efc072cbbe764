package app.chidi.connection.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenVaultTest {

  private static final String TOKEN = "EAAG-system-user-token";
  private static final UUID SHOP = UUID.randomUUID();
  private static final UUID OTHER_SHOP = UUID.randomUUID();

  @BeforeAll
  static void register() throws Exception {
    AeadConfig.register();
  }

  @Test
  void sealsSoOnlyTheSameBusinessOpens() throws Exception {
    TokenVault vault = vault(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));

    byte[] sealed = vault.seal(TOKEN, SHOP);

    assertFalse(
        new String(sealed, StandardCharsets.ISO_8859_1).contains(TOKEN), "no plain token inside");
    assertEquals(TOKEN, vault.open(sealed, SHOP));
    assertThrows(UnreadableTokenException.class, () -> vault.open(sealed, OTHER_SHOP));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(UnreadableTokenException.class, () -> vault.open(sealed, SHOP));
  }

  @Test
  void aRotatedKeysetOpensOldTokensAndSealsNewOnesWithTheNewKey() throws Exception {
    KeysetHandle first = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    KeysetHandle rotated =
        KeysetHandle.newBuilder(first)
            .addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary())
            .build();
    TokenVault before = vault(first);
    TokenVault after = vault(rotated);
    byte[] old = before.seal(TOKEN, SHOP);

    byte[] fresh = after.seal(TOKEN, SHOP);

    assertEquals(TOKEN, after.open(old, SHOP));
    assertEquals(TOKEN, after.open(fresh, SHOP));
    assertFalse(Arrays.equals(prefix(old), prefix(fresh)), "the key id prefix names the new key");
    assertArrayEquals(prefix(old), prefix(before.seal(TOKEN, OTHER_SHOP)));
    assertThrows(UnreadableTokenException.class, () -> before.open(fresh, SHOP));
  }

  /** Through the JSON format the launcher writes, as the application reads it. */
  private static TokenVault vault(KeysetHandle keyset) throws Exception {
    TokenVault vault = new TokenVault();
    vault.aead =
        TokenVault.aead(
            TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
    return vault;
  }

  /** Tink's output prefix: a version byte and the 4-byte id of the sealing key. */
  private static byte[] prefix(byte[] sealed) {
    return Arrays.copyOf(sealed, 5);
  }
}
