package app.chidi.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One platform account of a business (a WhatsApp phone number id, an Instagram professional
 * account) and the token CHIDI uses for it. The token is stored sealed — the entity never sees it
 * in the clear — and is dropped when the connection is cut. The connection keeps its own lifecycle:
 * within {@link #WARNING} of its expiry it is expiring, after it expired, and an Instagram token is
 * due for refresh within {@link #REFRESH_AHEAD} of its expiry once it is a day old (Meta refuses
 * younger ones).
 */
@Entity
@Table(name = "social_connections")
@NamedQuery(
    name = "SocialConnection.findAll",
    query = "select c from SocialConnection c order by c.platform, c.createdAt")
@NamedQuery(
    name = "SocialConnection.findByAccount",
    query =
        "select c from SocialConnection c where c.platform = :platform and c.accountId = :account")
public class SocialConnection {

  /** An expiry closer than this makes the connection expiring (and tells the owner). */
  public static final Duration WARNING = Duration.ofDays(7);

  /** Instagram tokens (60 days) are refreshed this long before they expire: around day 50. */
  public static final Duration REFRESH_AHEAD = Duration.ofDays(10);

  /** Meta refreshes only tokens at least this old. */
  public static final Duration REFRESH_MIN_AGE = Duration.ofHours(24);

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Platform platform;

  @Column(name = "account_id", nullable = false, length = 100)
  private String accountId;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "access_token")
  private byte[] accessToken;

  @Column(name = "token_expires_at")
  private OffsetDateTime tokenExpiresAt;

  @Column(name = "token_refreshed_at")
  private OffsetDateTime tokenRefreshedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConnectionStatus status;

  @Column(name = "template_name", length = 200)
  private String templateName;

  @Column(name = "template_language", length = 20)
  private String templateLanguage;

  @Column(name = "last_webhook_at")
  private OffsetDateTime lastWebhookAt;

  @Column(nullable = false)
  private long duplicates;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SocialConnection() {}

  public SocialConnection(UUID businessId, Platform platform, String accountId) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId, "businessId");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.accountId = Objects.requireNonNull(accountId, "accountId").strip();
    this.status = ConnectionStatus.DISCONNECTED;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  /** (Re)connects with a freshly verified, sealed token; {@code expiresAt} null: no expiry. */
  public void connect(byte[] sealedToken, OffsetDateTime expiresAt, OffsetDateTime now) {
    accessToken = Objects.requireNonNull(sealedToken, "sealedToken");
    tokenExpiresAt = expiresAt;
    tokenRefreshedAt = now;
    status = ConnectionStatus.CONNECTED;
    updatedAt = now;
  }

  /** What the dashboard shows and the template replies outside the 24-hour window use. */
  public void describe(String displayName, String templateName, String templateLanguage) {
    this.displayName = displayName;
    this.templateName = templateName;
    this.templateLanguage = templateLanguage;
  }

  /** Cuts the connection: the token is gone, and nothing is sent or refreshed any more. */
  public void disconnect(OffsetDateTime now) {
    accessToken = null;
    tokenExpiresAt = null;
    status = ConnectionStatus.DISCONNECTED;
    updatedAt = now;
  }

  /** Whether the token is usable at all: connected or expiring, and not past its expiry. */
  public boolean usable(OffsetDateTime now) {
    return accessToken != null
        && (status == ConnectionStatus.CONNECTED || status == ConnectionStatus.EXPIRING)
        && (tokenExpiresAt == null || tokenExpiresAt.isAfter(now));
  }

  /** An Instagram token a day old or more, within {@link #REFRESH_AHEAD} of its expiry. */
  public boolean refreshDue(OffsetDateTime now) {
    return platform == Platform.INSTAGRAM
        && usable(now)
        && tokenExpiresAt != null
        && !tokenExpiresAt.minus(REFRESH_AHEAD).isAfter(now)
        && (tokenRefreshedAt == null || !tokenRefreshedAt.plus(REFRESH_MIN_AGE).isAfter(now));
  }

  /**
   * Marks a usable connection expiring when its expiry is within {@link #WARNING}.
   *
   * @return whether it just became expiring, so the owner is told once
   */
  public boolean markExpiringIfDue(OffsetDateTime now) {
    if (status != ConnectionStatus.CONNECTED
        || !usable(now)
        || tokenExpiresAt == null
        || tokenExpiresAt.minus(WARNING).isAfter(now)) {
      return false;
    }
    status = ConnectionStatus.EXPIRING;
    updatedAt = now;
    return true;
  }

  /**
   * Marks the connection expired: its expiry passed, or the platform refused the token.
   *
   * @return whether it just expired, so the owner is told once
   */
  public boolean markExpired(OffsetDateTime now) {
    if (status == ConnectionStatus.EXPIRED || status == ConnectionStatus.DISCONNECTED) {
      return false;
    }
    status = ConnectionStatus.EXPIRED;
    updatedAt = now;
    return true;
  }

  /** Whether the expiry has passed on a connection not yet marked so. */
  public boolean expiryPassed(OffsetDateTime now) {
    return tokenExpiresAt != null
        && !tokenExpiresAt.isAfter(now)
        && (status == ConnectionStatus.CONNECTED || status == ConnectionStatus.EXPIRING);
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public Platform platform() {
    return platform;
  }

  public String accountId() {
    return accountId;
  }

  public String displayName() {
    return displayName;
  }

  /** The sealed token, for the vault to open; null once disconnected. */
  public byte[] sealedToken() {
    return accessToken;
  }

  public OffsetDateTime tokenExpiresAt() {
    return tokenExpiresAt;
  }

  public OffsetDateTime tokenRefreshedAt() {
    return tokenRefreshedAt;
  }

  public ConnectionStatus status() {
    return status;
  }

  public String templateName() {
    return templateName;
  }

  public String templateLanguage() {
    return templateLanguage;
  }

  public OffsetDateTime lastWebhookAt() {
    return lastWebhookAt;
  }

  public long duplicates() {
    return duplicates;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SocialConnection connection && id.equals(connection.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
