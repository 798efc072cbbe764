package app.chidi.notification.rest;

import app.chidi.notification.boundary.Mailer;
import app.chidi.notification.entity.OutboundMail;
import app.chidi.platform.web.Loopback;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The development mailbox: mail CHIDI would have sent, while no SMTP server is configured. With
 * SMTP configured it does not exist (404), so it can never leak real mail; nor does it for clients
 * on other machines.
 */
@Path("/dev/mailbox")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DevMailboxResource {

  @Inject Mailer mailer;
  @Context HttpServletRequest request;

  @GET
  public Mailbox list() {
    if (!mailer.devMailboxEnabled() || !Loopback.isClientOf(request)) {
      throw new NotFoundException();
    }
    return new Mailbox(mailer.devMailbox(50).stream().map(Mail::of).toList());
  }

  /** The newest 50 captured mails. */
  public record Mailbox(List<Mail> mails) {}

  /** One captured mail. */
  public record Mail(UUID id, String to, String subject, String body, OffsetDateTime createdAt) {
    static Mail of(OutboundMail mail) {
      return new Mail(
          mail.id(), mail.recipient(), mail.subject(), mail.bodyText(), mail.createdAt());
    }
  }
}
