package app.chidi.channel.boundary;

import app.chidi.platform.tenancy.ChoosesTenant;
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
 * Runs {@link StaleMessages#sweep()} every minute. A bean of its own, with no transaction: Payara
 * expunges a calendar timer whose timeout fails twice running (EJB5119), even when the timeout
 * method catches the failure of a call to itself, and a broker outage that exhausts the database
 * pool makes two sweeps in a row fail just when the sweep matters most. A failed sweep is logged
 * and the next minute tries again.
 */
@Stateless
@Tenanted
public class StaleMessagesTimer {

  private static final Logger LOG = Logger.getLogger(StaleMessagesTimer.class.getName());

  @Inject StaleMessages staleMessages;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @ChoosesTenant
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void everyMinute() {
    try {
      staleMessages.sweep();
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Stale-message sweep failed; the next minute tries again", e);
    }
  }
}
