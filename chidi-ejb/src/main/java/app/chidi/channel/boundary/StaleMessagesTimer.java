package app.chidi.channel.boundary;

import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts {@link StaleMessages#sweep()} every minute, asynchronously. Payara expunges a calendar
 * timer after two failed deliveries (EJB5119), and counts a delivery as failed when a bean it calls
 * fails even though the timeout method catches the failure (eclipse-ee4j/glassfish#20749): a broker
 * outage that exhausted the database pool made two sweeps in a row fail and stopped the sweep for
 * good, just when it mattered most. The asynchronous call returns before the sweep runs, so no
 * failure of a sweep reaches the timer; a failed sweep is logged by the container and the next
 * minute tries again.
 */
@Stateless
@Tenanted
public class StaleMessagesTimer {

  @Inject StaleMessages staleMessages;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @ChoosesTenant
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void everyMinute() {
    staleMessages.sweep();
  }
}
