package app.chidi.account.boundary;

import app.chidi.account.control.PasswordHasher;
import app.chidi.account.control.Users;
import app.chidi.account.entity.Business;
import app.chidi.account.entity.Membership;
import app.chidi.account.entity.Role;
import app.chidi.account.entity.User;
import app.chidi.assistant.boundary.DemoAssistant;
import app.chidi.inventory.boundary.DemoCatalogue;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo business the launcher advertises ({@code chidi.demo.enabled}), once: a verified
 * owner {@value #EMAIL} of "Demo Shop", its catalogue, and the rules and knowledge it taught CHIDI.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Tenanted
public class DemoShop {

  public static final String EMAIL = "demo@chidi.local";
  public static final String PASSWORD = "ChidiDemo2026!";
  private static final Logger LOG = Logger.getLogger(DemoShop.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Users users;
  @Inject PasswordHasher passwords;
  @Inject Tenancy tenancy;
  @Inject DemoCatalogue demoCatalogue;
  @Inject DemoAssistant demoAssistant;

  @Inject
  @ConfigProperty(name = "chidi.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void seed() {
    if (!enabled || users.byEmail(EMAIL).isPresent()) {
      return;
    }
    User owner = new User(EMAIL, passwords.hash(PASSWORD));
    owner.markEmailVerified();
    em.persist(owner);
    em.flush();
    Business shop = new Business(UUID.randomUUID(), "Demo Shop");
    tenancy.enter(shop.id());
    em.persist(shop);
    em.persist(new Membership(shop.id(), owner.id(), Role.OWNER));
    demoCatalogue.seed(shop.id());
    demoAssistant.seed(shop.id());
    LOG.info(() -> "Seeded the demo shop; sign in as " + EMAIL);
  }
}
