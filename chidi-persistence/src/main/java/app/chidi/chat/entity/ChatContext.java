package app.chidi.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the chat keeps about a business beside its messages: the onboarding question waiting for an
 * answer, the summary of the messages already purged or out of the context window, and how many
 * days messages are kept.
 */
@Entity
@Table(name = "user_contexts")
public class ChatContext {

  public static final int DEFAULT_RETENTION_DAYS = 30;
  public static final int MAX_RETENTION_DAYS = 3650;

  @Id
  @Column(name = "business_id")
  private UUID businessId;

  @Enumerated(EnumType.STRING)
  @Column(name = "onboarding_step", length = 20)
  private OnboardingStep onboardingStep;

  private String summary;

  @Column(name = "summarized_until")
  private OffsetDateTime summarizedUntil;

  @Column(name = "retention_days", nullable = false)
  private int retentionDays;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ChatContext() {}

  /**
   * @param firstStep the onboarding question to start with, or {@code null} when the business is
   *     past onboarding
   */
  public ChatContext(UUID businessId, OnboardingStep firstStep) {
    this.businessId = Objects.requireNonNull(businessId);
    this.onboardingStep = firstStep;
    this.retentionDays = DEFAULT_RETENTION_DAYS;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  /** The onboarding question waiting for an answer, or empty once the interview is over. */
  public Optional<OnboardingStep> onboardingStep() {
    return Optional.ofNullable(onboardingStep);
  }

  /** Moves the interview to the next question, or ends it after the last. */
  public void advance() {
    onboardingStep = onboardingStep == null ? null : onboardingStep.next().orElse(null);
    updatedAt = OffsetDateTime.now();
  }

  public void endOnboarding() {
    onboardingStep = null;
    updatedAt = OffsetDateTime.now();
  }

  /** The summary of older messages, or {@code null}. */
  public String summary() {
    return summary;
  }

  /** Replaces the summary with one that covers the messages up to {@code until}. */
  public void summarize(String newSummary, OffsetDateTime until) {
    summary = newSummary;
    summarizedUntil = until;
    updatedAt = OffsetDateTime.now();
  }

  /** The newest message the summary covers, or {@code null}. */
  public OffsetDateTime summarizedUntil() {
    return summarizedUntil;
  }

  public int retentionDays() {
    return retentionDays;
  }

  /**
   * Keeps messages {@code days} days from now on.
   *
   * @throws IllegalArgumentException outside 1 to {@link #MAX_RETENTION_DAYS}
   */
  public void keepFor(int days) {
    if (days < 1 || days > MAX_RETENTION_DAYS) {
      throw new IllegalArgumentException("retention of " + days + " days");
    }
    retentionDays = days;
    updatedAt = OffsetDateTime.now();
  }
}
