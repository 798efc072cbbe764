package app.chidi.connection.boundary;

import app.chidi.account.entity.User;
import app.chidi.connection.control.ConnectionRepository;
import app.chidi.connection.control.InstagramAccounts;
import app.chidi.connection.control.IssuedToken;
import app.chidi.connection.control.OAuthStates;
import app.chidi.connection.control.TokenVault;
import app.chidi.connection.control.VerifiedAccount;
import app.chidi.connection.control.WhatsAppAccounts;
import app.chidi.connection.entity.Platform;
import app.chidi.connection.entity.SocialConnection;
import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A business's connections: connecting a WhatsApp number or an Instagram account (by hand or
 * through Instagram's login), listing them and cutting them. Only a person with a confirmed email
 * address connects anything; each connection is verified with Meta before anything is stored.
 */
@Stateless
@Tenanted
public class Connections {

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject ConnectionRepository repository;
  @Inject TokenVault vault;
  @Inject WhatsAppAccounts whatsApp;
  @Inject InstagramAccounts instagram;
  @Inject OAuthStates states;

  public List<ConnectionView> list() {
    return repository.all().stream().map(ConnectionView::of).toList();
  }

  /** Verifies the account with one Graph API call, then stores the connection with its token. */
  public ConnectionView connect(Platform platform, ManualConnection request) {
    requireVerifiedEmail(TenantContext.user());
    VerifiedAccount account =
        switch (platform) {
          case WHATSAPP -> whatsApp.verify(request.accountId(), request.accessToken());
          case INSTAGRAM -> sameAccount(request, instagram.verify(request.accessToken()));
          case SANDBOX -> throw new IllegalArgumentException("the sandbox needs no connecting");
        };
    String name = blankToNull(request.displayName());
    SocialConnection connection =
        store(TenantContext.business(), platform, account, request.accessToken(), null);
    connection.describe(
        name == null ? account.displayName() : name,
        blankToNull(request.templateName()),
        blankToNull(request.templateLanguage()));
    return ConnectionView.of(connection);
  }

  /** Cuts a connection: its token is deleted and nothing is sent through it any more. */
  public ConnectionView disconnect(UUID id) {
    SocialConnection connection = repository.find(id).orElseThrow(ConnectionNotFoundException::new);
    connection.disconnect(OffsetDateTime.now());
    return ConnectionView.of(connection);
  }

  /** Instagram's authorization window, with a state bound to this business and person. */
  public String instagramLoginUrl() {
    UUID user = TenantContext.user();
    requireVerifiedEmail(user);
    return instagram.authorizationUrl(states.issue(TenantContext.business(), user, Instant.now()));
  }

  /**
   * Finishes an Instagram login: the state names the business (the browser coming back from
   * Instagram carries no API token), the code becomes a short-lived and then a 60-day token, and
   * the account it belongs to is stored with it.
   *
   * @throws InvalidOAuthStateException when the state is forged, altered or expired
   */
  @ChoosesTenant
  public ConnectionView completeInstagramLogin(String code, String state) {
    OAuthStates.LoginState login = states.read(state, Instant.now());
    tenancy.enter(login.business());
    requireVerifiedEmail(login.user());
    IssuedToken token = instagram.longLived(instagram.exchangeCode(code));
    VerifiedAccount account = instagram.verify(token.token());
    SocialConnection connection =
        store(
            login.business(),
            Platform.INSTAGRAM,
            account,
            token.token(),
            OffsetDateTime.now().plus(token.lifetime()));
    connection.describe(account.displayName(), null, null);
    return ConnectionView.of(connection);
  }

  private SocialConnection store(
      UUID business,
      Platform platform,
      VerifiedAccount account,
      String token,
      OffsetDateTime expiresAt) {
    Optional<SocialConnection> existing = repository.byAccount(platform, account.accountId());
    SocialConnection connection =
        existing.orElseGet(() -> new SocialConnection(business, platform, account.accountId()));
    connection.connect(vault.seal(token, business), expiresAt, OffsetDateTime.now());
    if (existing.isEmpty()) {
      em.persist(connection);
      try {
        em.flush();
      } catch (PersistenceException e) {
        throw uniqueViolation(e) ? new AccountTakenException() : e;
      }
    }
    return connection;
  }

  private void requireVerifiedEmail(UUID userId) {
    User user = userId == null ? null : em.find(User.class, userId);
    if (user == null || !user.emailVerified()) {
      throw new EmailNotVerifiedException();
    }
  }

  private static VerifiedAccount sameAccount(ManualConnection request, VerifiedAccount account) {
    if (!account.accountId().equals(request.accountId())) {
      throw new VerificationFailedException("This token belongs to another Instagram account.");
    }
    return account;
  }

  /** The account is connected to another business: the unique (platform, account_id) index. */
  private static boolean uniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (SQLException sql = cause instanceof SQLException s ? s : null;
          sql != null;
          sql = sql.getNextException()) {
        if ("23505".equals(sql.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
