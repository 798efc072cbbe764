package app.chidi.account.control;

import app.chidi.account.entity.Membership;
import app.chidi.account.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds users and their memberships. */
@ApplicationScoped
public class Users {

  @PersistenceContext EntityManager em;

  public Optional<User> byEmail(String email) {
    return em.createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", User.normalise(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<User> byId(UUID id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  /** Memberships the tenant context lets this user see, oldest first. */
  public List<Membership> memberships(UUID userId) {
    return em.createNamedQuery("Membership.findByUser", Membership.class)
        .setParameter("userId", userId)
        .getResultList();
  }
}
