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
 * streams. Every instance must get every message: the subscription is non-durable and has no
 * subscription name or client id, so the Artemis resource adapter gives each activation (one per
 * instance) its own temporary queue with a random name on the topic's address ({@code
 * ActiveMQMessageHandler.setup()}, artemis-ra 2.44: {@code UUID.randomUUID()} stored as the
 * activation's {@code topicTemporaryQueue}, shared by that activation's sessions only);
 * TwoInstancesIT proves it with two Payara Micro instances. A durable or shared subscription would
 * instead make the instances compete for one queue, and each notification would reach the streams
 * of only one of them. A stopped instance has no streams to miss messages (clients replay with
 * Last-Event-ID). One session keeps the topic's order.
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
