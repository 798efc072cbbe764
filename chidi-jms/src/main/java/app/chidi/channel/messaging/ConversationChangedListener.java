package app.chidi.channel.messaging;

import app.chidi.channel.boundary.ConversationChanged;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Turns each conversation message of the dashboard topic into a {@link ConversationChanged} CDI
 * event for the live dashboards open on this instance. Subscribed like the notifications topic (see
 * NotificationRaisedListener): non-durable and unnamed, so every instance gets every message; an
 * instance that is down has no dashboards to update, and a dashboard that connects gets the state
 * of the moment in {@code dashboard_init}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.DASHBOARD_TOPIC),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = MessageSender.TYPE + " = 'ConversationChanged'"),
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
public class ConversationChangedListener implements MessageListener {

  @Inject Event<ConversationChanged> changed;

  @Override
  public void onMessage(Message message) {
    changed.fire(MessageSender.read(message, ConversationChanged.class));
  }
}
