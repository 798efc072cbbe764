package app.chidi.notification.messaging;

import app.chidi.notification.boundary.MailQueued;
import app.chidi.notification.boundary.Mailer;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Delivers queued mail. A failure propagates: the container rolls back, Artemis redelivers, and
 * after the broker's max-delivery-attempts the message lands on the dead-letter address.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.MAIL_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class MailQueuedListener implements MessageListener {

  @Inject Mailer mailer;

  @Override
  public void onMessage(Message message) {
    mailer.deliver(MessageSender.read(message, MailQueued.class).mailId());
  }
}
