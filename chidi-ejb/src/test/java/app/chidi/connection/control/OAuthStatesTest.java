package app.chidi.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chidi.connection.boundary.InvalidOAuthStateException;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthStatesTest {

  private static final UUID SHOP = UUID.randomUUID();
  private static final UUID OWNER = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

  private final OAuthStates states = new OAuthStates();

  @BeforeEach
  void vault() throws Exception {
    AeadConfig.register();
    states.vault = new TokenVault();
    states.vault.aead =
        TokenVault.aead(
            TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get()));
  }

  @Test
  void namesTheBusinessAndPersonForTenMinutes() {
    String state = states.issue(SHOP, OWNER, NOW);

    assertEquals(new OAuthStates.LoginState(SHOP, OWNER), states.read(state, NOW.plusSeconds(599)));
    assertEquals(
        "channel/state-expired",
        assertThrows(
                InvalidOAuthStateException.class, () -> states.read(state, NOW.plusSeconds(601)))
            .code());
  }

  @Test
  void refusesAlteredOrForgedStates() {
    String state = states.issue(SHOP, OWNER, NOW);
    char last = state.charAt(state.length() - 1);
    String altered = state.substring(0, state.length() - 1) + (last == 'A' ? 'B' : 'A');

    for (String bad : new String[] {altered, "not-a-state", "", null}) {
      assertEquals(
          "channel/invalid-state",
          assertThrows(InvalidOAuthStateException.class, () -> states.read(bad, NOW)).code());
    }
  }
}
