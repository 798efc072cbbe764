package app.chidi.notification.messaging;

import app.chidi.notification.boundary.NotificationFeed;
import app.chidi.notification.boundary.NotificationRaised;
import app.chidi.notification.boundary.NotificationsRead;
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
 * Hands each message of the notifications topic ({@link NotificationRaised} or {@link
 * NotificationsRead}) to {@link NotificationFeed}, which announces it to this instance's live
 * streams. The subscription is non-durable, so every instance gets every message while it runs, and
 * a stopped instance has no streams to miss them (clients replay with Last-Event-ID). One session
 * only: with several, the resource adapter opens one non-durable subscription per session and each
 * message would arrive once per session; one also keeps the topic's order.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.NOTIFICATIONS_TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class NotificationRaisedListener implements MessageListener {

  @Inject NotificationFeed feed;

  @Override
  public void onMessage(Message message) {
    try {
      String json = ((TextMessage) message).getText();
      if (NotificationsRead.class
          .getSimpleName()
          .equals(message.getStringProperty(MessageSender.TYPE))) {
        feed.publish(MessageSender.read(json, NotificationsRead.class));
      } else {
        feed.publish(MessageSender.read(json, NotificationRaised.class));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable notification message", e);
    }
  }
}
