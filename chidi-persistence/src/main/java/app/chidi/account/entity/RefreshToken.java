package app.chidi.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a sign-in session, stored as a hash. Tokens rotate: each use spends the
 * token and issues the next one of the same family; a spent token used again reveals theft, and the
 * whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(
    name = "RefreshToken.findByHash",
    query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "RefreshToken.revokeFamily",
    query =
        "update RefreshToken t set t.revokedAt = :now"
            + " where t.familyId = :familyId and t.revokedAt is null")
public class RefreshToken {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RefreshToken() {}

  private RefreshToken(Membership member, UUID familyId, String tokenHash, Duration lifetime) {
    this.id = UUID.randomUUID();
    this.businessId = member.businessId();
    this.userId = member.userId();
    this.familyId = Objects.requireNonNull(familyId);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = OffsetDateTime.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  /** The first token of a new sign-in session. */
  public static RefreshToken firstOf(Membership member, String tokenHash, Duration lifetime) {
    return new RefreshToken(member, UUID.randomUUID(), tokenHash, lifetime);
  }

  /** The token that replaces this one; the session keeps its original end. */
  public RefreshToken successor(Membership member, String tokenHash) {
    RefreshToken next = new RefreshToken(member, familyId, tokenHash, Duration.ZERO);
    next.expiresAt = expiresAt;
    return next;
  }

  /** Whether this token may be exchanged now: not spent, not revoked, not expired. */
  public boolean usable(OffsetDateTime now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  /** A spent token presented again: someone else holds a copy. */
  public boolean replayed() {
    return usedAt != null;
  }

  public void spend(OffsetDateTime now) {
    usedAt = now;
  }

  public UUID businessId() {
    return businessId;
  }

  public UUID userId() {
    return userId;
  }

  public UUID familyId() {
    return familyId;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
