package app.chidi.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.account.entity.Membership;
import app.chidi.account.entity.RefreshToken;
import app.chidi.account.entity.Role;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest {

  private final Membership member =
      new Membership(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);

  @Test
  void aSpentTokenIsNoLongerUsableAndCountsAsReplayed() {
    RefreshToken token = RefreshToken.firstOf(member, "h1", Duration.ofDays(7));
    OffsetDateTime now = OffsetDateTime.now();
    assertTrue(token.usable(now));
    token.spend(now);
    assertFalse(token.usable(now));
    assertTrue(token.replayed());
  }

  @Test
  void successorsStayInTheFamilyAndKeepTheSessionEnd() {
    RefreshToken first = RefreshToken.firstOf(member, "h1", Duration.ofDays(7));
    RefreshToken next = first.successor(member, "h2");
    assertEquals(first.familyId(), next.familyId());
    assertEquals(first.expiresAt(), next.expiresAt());
    assertFalse(next.replayed());
  }

  @Test
  void expiredTokensAreNotUsable() {
    RefreshToken token = RefreshToken.firstOf(member, "h1", Duration.ofDays(7));
    assertFalse(token.usable(OffsetDateTime.now().plusDays(8)));
  }
}
