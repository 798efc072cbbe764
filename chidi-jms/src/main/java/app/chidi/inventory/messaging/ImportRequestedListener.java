package app.chidi.inventory.messaging;

import app.chidi.inventory.boundary.ImportRequested;
import app.chidi.inventory.boundary.ImportRunner;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Runs a large catalogue import as the business (and user) that committed it. The runner commits
 * chunk by chunk and records a failure itself; a crash mid-way rolls this delivery back and the
 * redelivered message resumes after the last committed chunk.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.IMPORT_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class ImportRequestedListener implements MessageListener {

  @Inject ImportRunner runner;

  @Override
  public void onMessage(Message message) {
    ImportRequested request = MessageSender.read(message, ImportRequested.class);
    Tenant tenant = new Tenant(request.businessId(), request.userId());
    TenantContext.runAs(tenant, () -> runner.run(request.jobId()));
  }
}
