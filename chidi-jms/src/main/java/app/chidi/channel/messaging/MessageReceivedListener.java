package app.chidi.channel.messaging;

import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.MessageReceived;
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
 * Answers a stored customer message as its business. A failure rolls back and Artemis redelivers;
 * {@link Conversations#answer} answers a message once however often it arrives.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.MESSAGE_RECEIVED_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class MessageReceivedListener implements MessageListener {

  @Inject Conversations conversations;

  @Override
  public void onMessage(Message message) {
    MessageReceived received = MessageSender.read(message, MessageReceived.class);
    TenantContext.runAs(
        Tenant.business(received.businessId()), () -> conversations.answer(received.messageId()));
  }
}
