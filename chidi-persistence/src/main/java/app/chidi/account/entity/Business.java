package app.chidi.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A shop using CHIDI: the tenant every business row belongs to. */
@Entity
@Table(name = "businesses")
public class Business {

  @Id private UUID id;

  /** The longest name the businesses table holds. */
  public static final int MAX_NAME_LENGTH = 120;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "onboarding_status", nullable = false, length = 20)
  private OnboardingStatus onboardingStatus;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Business() {}

  public Business(UUID id, String name) {
    this.id = Objects.requireNonNull(id);
    this.name = requireName(name);
    this.currency = "NGN";
    this.onboardingStatus = OnboardingStatus.PENDING;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a business needs a name");
    }
    return name.strip();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String currency() {
    return currency;
  }

  public OnboardingStatus onboardingStatus() {
    return onboardingStatus;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Business business && id.equals(business.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
