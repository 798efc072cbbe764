package app.chidi.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A user's role in one business. */
@Entity
@Table(name = "memberships")
@NamedQuery(
    name = "Membership.findByUser",
    query = "select m from Membership m where m.userId = :userId order by m.createdAt")
public class Membership {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Membership() {}

  public Membership(UUID businessId, UUID userId, Role role) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = Objects.requireNonNull(userId);
    this.role = Objects.requireNonNull(role);
    this.createdAt = OffsetDateTime.now();
  }

  public UUID businessId() {
    return businessId;
  }

  public UUID userId() {
    return userId;
  }

  public Role role() {
    return role;
  }
}
