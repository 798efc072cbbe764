package app.chidi.account.boundary;

import app.chidi.account.control.AccessTokens;
import app.chidi.account.control.OpaqueTokens;
import app.chidi.account.control.PasswordHasher;
import app.chidi.account.control.SecurityLog;
import app.chidi.account.control.Users;
import app.chidi.account.entity.Membership;
import app.chidi.account.entity.RefreshToken;
import app.chidi.account.entity.User;
import app.chidi.platform.error.TooManyRequestsException;
import app.chidi.platform.ratelimit.RateLimiter;
import app.chidi.platform.security.AccessTokenVerifier;
import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions: a 30-minute access token plus a 7-day refresh token that rotates on every use.
 * Presenting a spent refresh token revokes its whole family, because someone else holds a copy.
 */
@Stateless
@Tenanted
public class Sessions {

  static final Duration REFRESH_LIFETIME = Duration.ofDays(7);

  @PersistenceContext EntityManager em;
  @Inject Users users;
  @Inject PasswordHasher passwords;
  @Inject AccessTokens accessTokens;
  @Inject AccessTokenVerifier accessTokenVerifier;
  @Inject RateLimiter rateLimiter;
  @Inject SecurityLog securityLog;
  @Inject Tenancy tenancy;

  @ChoosesTenant
  public SignedIn logIn(Credentials credentials, String clientIp) {
    String email = credentials.email().strip().toLowerCase(Locale.ROOT);
    try {
      rateLimiter.acquire(RateLimiter.Limit.LOGIN_PER_ACCOUNT_AND_IP, email + "|" + clientIp);
    } catch (TooManyRequestsException limited) {
      securityLog.record(SecurityLog.Event.LOGIN_RATE_LIMITED, null, email, clientIp);
      throw limited;
    }
    User user = authenticate(credentials).orElse(null);
    if (user == null) {
      securityLog.record(SecurityLog.Event.LOGIN_FAILED, null, email, clientIp);
      throw new InvalidCredentialsException();
    }
    Membership membership = firstMembership(user);
    securityLog.recordInTransaction(
        SecurityLog.Event.LOGIN_SUCCEEDED, user.id(), user.email(), clientIp);
    return open(user, membership);
  }

  private Optional<User> authenticate(Credentials credentials) {
    Optional<User> user = users.byEmail(credentials.email());
    if (user.isEmpty()) {
      passwords.matchNothing(credentials.password());
      return Optional.empty();
    }
    return user.filter(found -> passwords.matches(credentials.password(), found.passwordHash()));
  }

  private Membership firstMembership(User user) {
    return TenantContext.callAs(
        Tenant.userOnly(user.id()),
        () -> {
          tenancy.applyCurrent();
          return users.memberships(user.id()).stream()
              .findFirst()
              .orElseThrow(InvalidCredentialsException::new);
        });
  }

  /** Issues the tokens of a new session for {@code membership}. */
  @ChoosesTenant
  public SignedIn open(User user, Membership membership) {
    tenancy.enter(membership.businessId());
    String refreshToken = OpaqueTokens.forBusiness(membership.businessId());
    em.persist(RefreshToken.firstOf(membership, OpaqueTokens.hash(refreshToken), REFRESH_LIFETIME));
    return new SignedIn(
        view(user),
        tokens(user, membership, refreshToken),
        membership.businessId(),
        membership.role());
  }

  /** Exchanges a refresh token for a new pair; the presented one is spent. */
  @ChoosesTenant
  public Session refresh(String refreshToken) {
    RefreshToken stored = find(refreshToken);
    OffsetDateTime now = OffsetDateTime.now();
    if (stored.replayed()) {
      revokeFamily(stored, now);
      securityLog.record(SecurityLog.Event.REFRESH_TOKEN_REUSED, stored.userId(), null, null);
      throw new ReusedTokenException();
    }
    if (!stored.usable(now)) {
      throw new InvalidTokenException();
    }
    stored.spend(now);
    User user = users.byId(stored.userId()).orElseThrow(InvalidTokenException::new);
    Membership membership = membershipOf(stored);
    String next = OpaqueTokens.forBusiness(stored.businessId());
    em.persist(stored.successor(membership, OpaqueTokens.hash(next)));
    return tokens(user, membership, next);
  }

  /**
   * Who holds a valid access token, for entry points MicroProfile JWT does not guard (a WebSocket
   * opened with {@code ?access_token=}); empty for an invalid or expired one.
   */
  @ChoosesTenant
  public Optional<TokenHolder> holderOf(String accessToken) {
    return accessTokenVerifier
        .verify(accessToken, Instant.now())
        .map(bearer -> new TokenHolder(bearer.userId(), bearer.businessId(), bearer.expiresAt()));
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored. */
  @ChoosesTenant
  public void logOut(String refreshToken) {
    OpaqueTokens.businessOf(refreshToken)
        .ifPresent(
            businessId -> {
              tenancy.enter(businessId);
              lookup(refreshToken).ifPresent(found -> revokeFamily(found, OffsetDateTime.now()));
            });
  }

  private RefreshToken find(String refreshToken) {
    UUID businessId = OpaqueTokens.businessOf(refreshToken).orElseThrow(InvalidTokenException::new);
    tenancy.enter(businessId);
    return lookup(refreshToken).orElseThrow(InvalidTokenException::new);
  }

  private Optional<RefreshToken> lookup(String refreshToken) {
    // Locked: two refreshes racing with one token must not both get a live successor.
    return em.createNamedQuery("RefreshToken.findByHash", RefreshToken.class)
        .setParameter("hash", OpaqueTokens.hash(refreshToken))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private Membership membershipOf(RefreshToken token) {
    return users.memberships(token.userId()).stream()
        .filter(found -> found.businessId().equals(token.businessId()))
        .findFirst()
        .orElseThrow(InvalidTokenException::new);
  }

  private void revokeFamily(RefreshToken token, OffsetDateTime now) {
    em.createNamedQuery("RefreshToken.revokeFamily")
        .setParameter("now", now)
        .setParameter("familyId", token.familyId())
        .executeUpdate();
  }

  private Session tokens(User user, Membership membership, String refreshToken) {
    AccessTokens.Issued access = accessTokens.issue(user, membership);
    return new Session(access.token(), refreshToken, access.expiresAt().getEpochSecond());
  }

  static UserView view(User user) {
    return new UserView(user.id(), user.email(), user.createdAt());
  }
}
