package app.chidi.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpaqueTokensTest {

  @Test
  void refreshTokensCarryTheirBusiness() {
    UUID business = UUID.randomUUID();
    String token = OpaqueTokens.forBusiness(business);
    assertEquals(Optional.of(business), OpaqueTokens.businessOf(token));
  }

  @Test
  void foreignTokensHaveNoBusiness() {
    assertTrue(OpaqueTokens.businessOf("not-a-token").isEmpty());
    assertTrue(OpaqueTokens.businessOf("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz.secret").isEmpty());
    assertTrue(OpaqueTokens.businessOf(OpaqueTokens.newSecret()).isEmpty());
  }

  @Test
  void secretsAreUniqueAndOnlyTheirHashIsKept() {
    String one = OpaqueTokens.newSecret();
    String two = OpaqueTokens.newSecret();
    assertNotEquals(one, two);
    assertEquals(64, OpaqueTokens.hash(one).length());
    assertEquals(OpaqueTokens.hash(one), OpaqueTokens.hash(one));
    assertNotEquals(OpaqueTokens.hash(one), OpaqueTokens.hash(two));
  }
}
