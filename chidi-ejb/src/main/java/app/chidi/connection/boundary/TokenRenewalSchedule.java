package app.chidi.connection.boundary;

import app.chidi.connection.control.ConnectionRepository.DueConnection;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link TokenRenewal} once a day. The timer is not persistent, so every instance runs it;
 * renewal locks each row ({@code skip locked}) and decides from the row what is due, so the work is
 * done once however many instances run it. One connection failing does not stop the others.
 */
@Stateless
@Tenanted
public class TokenRenewalSchedule {

  private static final Logger LOG = Logger.getLogger(TokenRenewalSchedule.class.getName());

  @Inject TokenRenewal renewal;

  /** Every connection due, each in its own business and transaction. */
  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void renewAll() {
    for (DueConnection due : renewal.due()) {
      try {
        TenantContext.runAs(Tenant.business(due.businessId()), () -> renewal.renew(due.id()));
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Renewing connection " + due.id() + " failed; retried tomorrow", e);
      }
    }
  }
}
