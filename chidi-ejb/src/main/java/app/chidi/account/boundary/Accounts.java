package app.chidi.account.boundary;

import app.chidi.account.control.OpaqueTokens;
import app.chidi.account.control.PasswordHasher;
import app.chidi.account.control.PasswordPolicy;
import app.chidi.account.control.SecurityLog;
import app.chidi.account.control.Users;
import app.chidi.account.control.VerificationMail;
import app.chidi.account.entity.Business;
import app.chidi.account.entity.EmailVerification;
import app.chidi.account.entity.Membership;
import app.chidi.account.entity.Role;
import app.chidi.account.entity.User;
import app.chidi.platform.ratelimit.RateLimiter;
import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Accounts: signing up a new owner with their business, confirming an email address, and telling
 * who is signed in.
 */
@Stateless
@Tenanted
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject Users users;
  @Inject PasswordHasher passwords;
  @Inject RateLimiter rateLimiter;
  @Inject SecurityLog securityLog;
  @Inject VerificationMail verificationMail;
  @Inject Sessions sessions;
  @Inject Tenancy tenancy;

  /**
   * Creates the user, their business and the owner membership, queues the verification mail and
   * signs the user in — all in one transaction.
   */
  @ChoosesTenant
  public SignedIn signUp(SignUp request, String clientIp) {
    rateLimiter.acquire(RateLimiter.Limit.SIGNUP_PER_IP, clientIp);
    PasswordPolicy.check(request.password());
    if (users.byEmail(request.email()).isPresent()) {
      throw new EmailExistsException();
    }
    User user = new User(request.email(), passwords.hash(request.password()));
    Business business = new Business(UUID.randomUUID(), businessName(request));
    em.persist(user);
    em.flush();
    tenancy.enter(business.id());
    em.persist(business);
    Membership owner = new Membership(business.id(), user.id(), Role.OWNER);
    em.persist(owner);
    verificationMail.sendTo(user, business.name());
    securityLog.recordInTransaction(SecurityLog.Event.SIGNUP, user.id(), user.email(), clientIp);
    return sessions.open(user, owner);
  }

  private static String businessName(SignUp request) {
    String name = request.businessName();
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    String fallback = request.email().strip() + "'s shop";
    return fallback.length() <= Business.MAX_NAME_LENGTH
        ? fallback
        : fallback.substring(0, Business.MAX_NAME_LENGTH);
  }

  /** Redeems a verification link. */
  public void verifyEmail(String token) {
    EmailVerification verification =
        em.createNamedQuery("EmailVerification.findByHash", EmailVerification.class)
            .setParameter("hash", OpaqueTokens.hash(token))
            .getResultStream()
            .findFirst()
            .filter(found -> found.redeem(OffsetDateTime.now()))
            .orElseThrow(InvalidTokenException::new);
    User user = users.byId(verification.userId()).orElseThrow(InvalidTokenException::new);
    user.markEmailVerified();
    securityLog.recordInTransaction(
        SecurityLog.Event.EMAIL_VERIFIED, user.id(), user.email(), null);
  }

  /** The signed-in user in the business of their session. */
  public Me me(UUID userId, UUID businessId) {
    tenancy.enter(businessId);
    User user = users.byId(userId).orElseThrow(InvalidTokenException::new);
    Business business = em.find(Business.class, businessId);
    Membership membership =
        users.memberships(userId).stream()
            .filter(found -> found.businessId().equals(businessId))
            .findFirst()
            .orElseThrow(InvalidTokenException::new);
    return new Me(
        Sessions.view(user),
        new Me.BusinessView(business.id(), business.name(), business.onboardingStatus()),
        membership.role(),
        user.emailVerified());
  }
}
