package app.chidi.assistant.messaging;

import app.chidi.assistant.boundary.RulesChanged;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Turns each rules message of the dashboard topic into a {@link RulesChanged} CDI event for the
 * live dashboards open on this instance, subscribed like the conversations' listener (non-durable,
 * unnamed: every instance gets every message).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Destinations.DASHBOARD_TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = MessageSender.TYPE + " = 'RulesChanged'"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER)
    })
public class RulesChangedListener implements MessageListener {

  @Inject Event<RulesChanged> changed;

  @Override
  public void onMessage(Message message) {
    changed.fire(MessageSender.read(message, RulesChanged.class));
  }
}
