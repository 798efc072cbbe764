package app.chidi.notification.messaging;

import app.chidi.notification.boundary.PushRequested;
import app.chidi.notification.boundary.WebPush;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Pushes an urgent notification to the subscribed browsers, once: the push queue is anycast, so one
 * instance takes each message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.PUSH_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class PushRequestedListener implements MessageListener {

  @Inject WebPush webPush;

  @Override
  public void onMessage(Message message) {
    try {
      webPush.deliver(MessageSender.read(((TextMessage) message).getText(), PushRequested.class));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable push message", e);
    }
  }
}
