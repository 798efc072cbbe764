package app.chidi.notification.control;

import app.chidi.notification.entity.NotificationPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Notification preferences of the current business (row-level security applies). */
@ApplicationScoped
public class PreferenceRepository {

  @PersistenceContext EntityManager em;

  public List<NotificationPreference> ofUser(UUID user) {
    return em.createNamedQuery("NotificationPreference.findByUser", NotificationPreference.class)
        .setParameter("user", user)
        .getResultList();
  }

  /** Every person's settings for {@code type} in the current business. */
  public List<NotificationPreference> ofType(String type) {
    return em.createNamedQuery("NotificationPreference.findByType", NotificationPreference.class)
        .setParameter("type", type)
        .getResultList();
  }

  public void add(NotificationPreference preference) {
    em.persist(preference);
  }
}
