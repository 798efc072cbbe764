package app.chidi.assistant.boundary;

import app.chidi.account.entity.Business;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signed-in business's assistant settings, kept in {@code businesses.settings}. */
@Stateless
@Tenanted
public class AssistantSettings {

  @PersistenceContext EntityManager em;

  public SettingsView settings() {
    return SettingsView.of(business());
  }

  public SettingsView change(SettingsChanges changes) {
    Business business = business();
    if (changes.confidenceThreshold() != null) {
      try {
        business.changeConfidenceThreshold(changes.confidenceThreshold());
      } catch (IllegalArgumentException e) {
        throw InvalidFieldsException.of("confidence_threshold", "must be from 0.5 to 0.99");
      }
    }
    return SettingsView.of(business);
  }

  private Business business() {
    return em.find(Business.class, TenantContext.business());
  }
}
