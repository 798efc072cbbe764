package app.chidi.channel.control;

import app.chidi.channel.boundary.ConversationChanged;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import java.util.UUID;

/**
 * Announces a changed conversation on the dashboard topic, in the caller's transaction: the live
 * dashboards hear of it exactly when the change commits.
 */
@ApplicationScoped
public class ConversationUpdates {

  @Inject MessageSender messages;

  @Resource(lookup = Destinations.DASHBOARD_TOPIC)
  Topic topic;

  public void changed(UUID businessId, UUID conversationId) {
    messages.send(topic, new ConversationChanged(businessId, conversationId));
  }
}
