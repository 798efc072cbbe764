package app.chidi.notification.boundary;

import app.chidi.notification.control.SmtpSender;
import app.chidi.notification.control.SmtpSettings;
import app.chidi.notification.entity.OutboundMail;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Outgoing mail. {@link #send} stores the mail and queues it in the caller's transaction; a
 * message-driven bean then calls {@link #deliver}, which sends it by SMTP or, with no SMTP server
 * configured, keeps it in the development mailbox.
 */
@Stateless
@Tenanted
public class Mailer {

  @PersistenceContext EntityManager em;
  @Inject MessageSender messages;
  @Inject SmtpSender smtp;
  @Inject SmtpSettings settings;

  @Resource(lookup = Destinations.MAIL_QUEUE)
  Queue mailQueue;

  public UUID send(String recipient, String subject, String body) {
    OutboundMail mail = new OutboundMail(recipient, subject, body);
    em.persist(mail);
    messages.send(mailQueue, new MailQueued(mail.id()));
    return mail.id();
  }

  /** Delivers a queued mail once; a redelivered message for a delivered mail does nothing. */
  public void deliver(UUID mailId) {
    Optional.ofNullable(em.find(OutboundMail.class, mailId))
        .filter(OutboundMail::pending)
        .ifPresent(this::deliver);
  }

  private void deliver(OutboundMail mail) {
    if (settings.configured()) {
      smtp.send(mail);
      mail.delivered(OutboundMail.Status.SENT, OffsetDateTime.now());
    } else {
      mail.delivered(OutboundMail.Status.CAPTURED, OffsetDateTime.now());
    }
  }

  /** Whether the development mailbox is in use (no SMTP server configured). */
  public boolean devMailboxEnabled() {
    return !settings.configured();
  }

  /** The newest mails kept in the development mailbox. */
  public List<OutboundMail> devMailbox(int limit) {
    if (!devMailboxEnabled()) {
      return List.of();
    }
    return em.createNamedQuery("OutboundMail.findCaptured", OutboundMail.class)
        .setParameter("status", OutboundMail.Status.CAPTURED)
        .setMaxResults(limit)
        .getResultList();
  }
}
