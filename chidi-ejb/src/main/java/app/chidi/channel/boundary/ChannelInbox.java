package app.chidi.channel.boundary;

import app.chidi.account.entity.SecurityEvent;
import app.chidi.channel.control.ChannelConnections;
import app.chidi.channel.control.ChannelConnections.Connection;
import app.chidi.channel.control.ConversationUpdates;
import app.chidi.channel.control.MessageStore;
import app.chidi.channel.entity.MessageType;
import app.chidi.channel.entity.Platform;
import app.chidi.channel.entity.SocialMessage;
import app.chidi.platform.json.CachedJson;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Where customers' messages come in. Each message is stored once (unique on the platform's id) and
 * its id queued for an answer in the same XA transaction, so once the caller acknowledges the
 * webhook the message is both durable and on its way; a redelivery is counted and dropped. One call
 * handles one account, the way the webhook is routed to its business.
 */
@Stateless
@Tenanted
public class ChannelInbox {

  private static final Logger LOG = Logger.getLogger(ChannelInbox.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject ChannelConnections connections;
  @Inject MessageStore store;
  @Inject MessageSender messages;
  @Inject ConversationUpdates updates;

  @Resource(lookup = Destinations.MESSAGE_RECEIVED_QUEUE)
  Queue received;

  /** Stores and queues one account's messages and applies its status reports. */
  public Intake accept(AccountEvents events) {
    tenancy.routeBy(events.channelAccount());
    Optional<Connection> found = connections.route(events.platform(), events.accountId());
    if (found.isEmpty()) {
      LOG.info(() -> "Webhook for unknown account " + events.channelAccount() + ": nothing stored");
      return new Intake(false, 0, 0);
    }
    Connection connection = found.get();
    tenancy.enter(connection.businessId());
    connections.touch(connection.id());
    int stored = 0;
    int duplicates = 0;
    for (IncomingMessage message : events.messages()) {
      if (store(connection, message).isPresent()) {
        stored++;
      } else if (message.type() != MessageType.ECHO) {
        duplicates++;
      }
    }
    events
        .statuses()
        .forEach(
            s -> store.report(events.platform(), s.platformMessageId(), s.status(), s.errorCode()));
    if (duplicates > 0) {
      connections.countDuplicates(connection.id(), duplicates);
    }
    return new Intake(true, stored, duplicates);
  }

  /** A message typed into the current business's sandbox, as its customer. */
  public StoredMessage acceptSandbox(SandboxMessage typed) {
    Connection sandbox = connections.sandbox(TenantContext.business());
    IncomingMessage message =
        new IncomingMessage(
            "sandbox." + UUID.randomUUID(),
            typed.customerId(),
            typed.customerName(),
            MessageType.TEXT,
            typed.text(),
            null);
    SocialMessage stored = em.find(SocialMessage.class, store(sandbox, message).orElseThrow());
    return new StoredMessage(stored.id(), stored.conversationId(), "received");
  }

  /** Records a webhook refused for its signature (kept even though nothing else is). */
  public void rejectSignature(Platform platform, String ipAddress) {
    em.persist(
        new SecurityEvent(
            "webhook_signature_invalid",
            null,
            null,
            ipAddress,
            CachedJson.createObjectBuilder().add("platform", platform.key()).build().toString()));
  }

  /**
   * Stores and queues {@code message}; returns its id, or empty when it was stored before. A
   * redelivery of a message still waiting for its answer queues it again: the database commits
   * first, as the last agent of the XA transaction, so a crash before the broker's commit leaves
   * the message stored but its queue entry in a prepared transaction nobody resolves (Payara's
   * transaction log does not survive a restart). Answering is idempotent, so a second entry costs
   * nothing.
   */
  private Optional<UUID> store(Connection connection, IncomingMessage message) {
    if (store.known(connection.platform(), message.platformMessageId())) {
      store
          .unanswered(connection.platform(), message.platformMessageId())
          .ifPresent(
              id -> messages.send(received, new MessageReceived(connection.businessId(), id)));
      return Optional.empty();
    }
    UUID conversation = store.conversation(connection, message);
    UUID id = store.insert(connection, conversation, message);
    if (id != null && message.type().answerable()) {
      messages.send(received, new MessageReceived(connection.businessId(), id));
    } else if (id != null) {
      // An answerable message is announced once answered; this one waits for a person as it is.
      updates.changed(connection.businessId(), conversation);
    }
    return Optional.ofNullable(id);
  }
}
