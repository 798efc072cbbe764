package app.chidi.channel.messaging;

import app.chidi.channel.boundary.Outbox;
import app.chidi.channel.boundary.SendReply;
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
 * Sends a queued reply as its business. Retries the platform asks for come back as new, delayed
 * messages ({@link Outbox}); an unexpected failure rolls back and Artemis redelivers, then parks
 * the message on the dead-letter address.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.SEND_REPLY_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class SendReplyListener implements MessageListener {

  @Inject Outbox outbox;

  @Override
  public void onMessage(Message message) {
    SendReply command = MessageSender.read(message, SendReply.class);
    TenantContext.runAs(Tenant.business(command.businessId()), () -> outbox.send(command));
  }
}
