package app.chidi.account.entity;

import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A shop using CHIDI: the tenant every business row belongs to. */
@Entity
@Table(name = "businesses")
public class Business {

  @Id private UUID id;

  /** The confidence a reply needs to be sent without a person, unless the owner changed it. */
  public static final BigDecimal DEFAULT_CONFIDENCE_THRESHOLD = new BigDecimal("0.80");

  /** The lowest and highest confidence threshold an owner may set. */
  public static final BigDecimal MIN_CONFIDENCE_THRESHOLD = new BigDecimal("0.50");

  public static final BigDecimal MAX_CONFIDENCE_THRESHOLD = new BigDecimal("0.99");

  private static final String CONFIDENCE_THRESHOLD = "confidence_threshold";

  /** The longest name the businesses table holds. */
  public static final int MAX_NAME_LENGTH = 120;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "onboarding_status", nullable = false, length = 20)
  private OnboardingStatus onboardingStatus;

  @Convert(converter = SettingsJson.class)
  @Column(nullable = false)
  private String settings;

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
    this.settings = "{}";
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  /** Renames the business (up to {@link #MAX_NAME_LENGTH} characters, cut there). */
  public void rename(String newName) {
    String named = requireName(newName);
    name = named.length() > MAX_NAME_LENGTH ? named.substring(0, MAX_NAME_LENGTH) : named;
    updatedAt = OffsetDateTime.now();
  }

  /** Records how far the conversational onboarding has come. */
  public void onboarding(OnboardingStatus status) {
    onboardingStatus = Objects.requireNonNull(status);
    updatedAt = OffsetDateTime.now();
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

  /**
   * The confidence a reply needs to be sent without a person (settings {@code
   * confidence_threshold}).
   */
  public BigDecimal confidenceThreshold() {
    JsonObject all = settings();
    return all.get(CONFIDENCE_THRESHOLD) instanceof JsonNumber number
        ? number.bigDecimalValue()
        : DEFAULT_CONFIDENCE_THRESHOLD;
  }

  /** Sets the confidence threshold, from 0.5 to 0.99; other settings stay. */
  public void changeConfidenceThreshold(BigDecimal threshold) {
    if (threshold == null
        || threshold.compareTo(MIN_CONFIDENCE_THRESHOLD) < 0
        || threshold.compareTo(MAX_CONFIDENCE_THRESHOLD) > 0) {
      throw new IllegalArgumentException("the confidence threshold must be from 0.5 to 0.99");
    }
    settings =
        CachedJson.createObjectBuilder(settings())
            .add(CONFIDENCE_THRESHOLD, threshold)
            .build()
            .toString();
    updatedAt = OffsetDateTime.now();
  }

  private JsonObject settings() {
    try (JsonReader reader =
        CachedJson.createReader(new StringReader(settings == null ? "{}" : settings))) {
      return reader.readObject();
    }
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
