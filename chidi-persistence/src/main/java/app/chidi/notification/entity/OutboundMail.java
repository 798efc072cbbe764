package app.chidi.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail CHIDI sends. It is stored in the transaction that decides to send it, then delivered by a
 * message-driven bean: by SMTP when configured, otherwise kept in the development mailbox.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(
    name = "OutboundMail.findCaptured",
    query = "select m from OutboundMail m where m.status = :status order by m.createdAt desc")
public class OutboundMail {

  /** Where a mail is in its life. */
  public enum Status {
    QUEUED,
    SENT,
    CAPTURED
  }

  @Id private UUID id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected OutboundMail() {}

  public OutboundMail(String recipient, String subject, String bodyText) {
    this.id = UUID.randomUUID();
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = Objects.requireNonNull(subject);
    this.bodyText = Objects.requireNonNull(bodyText);
    this.status = Status.QUEUED;
    this.createdAt = OffsetDateTime.now();
  }

  /** Delivered: {@code SENT} through SMTP or {@code CAPTURED} in the development mailbox. */
  public void delivered(Status outcome, OffsetDateTime now) {
    if (outcome == Status.QUEUED) {
      throw new IllegalArgumentException("delivery must end in SENT or CAPTURED");
    }
    status = outcome;
    sentAt = now;
  }

  public boolean pending() {
    return status == Status.QUEUED;
  }

  public UUID id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String bodyText() {
    return bodyText;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
