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

/** A single-use, expiring link that proves a user reads the mailbox of their email. */
@Entity
@Table(name = "email_verifications")
@NamedQuery(
    name = "EmailVerification.findByHash",
    query = "select v from EmailVerification v where v.tokenHash = :hash")
public class EmailVerification {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected EmailVerification() {}

  public EmailVerification(UUID userId, String tokenHash, Duration lifetime) {
    this.id = UUID.randomUUID();
    this.userId = Objects.requireNonNull(userId);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = OffsetDateTime.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  /** Uses the link once; false when it was used before or has expired. */
  public boolean redeem(OffsetDateTime now) {
    if (usedAt != null || !now.isBefore(expiresAt)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  public UUID userId() {
    return userId;
  }
}
