package app.chidi.notification.faces;

import app.chidi.notification.boundary.Mailer;
import app.chidi.notification.entity.OutboundMail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;

/**
 * {@code dev/mailbox.xhtml}: the mails captured while no SMTP server is configured, newest first,
 * and the body of the one picked (by default the newest).
 */
@Named
@RequestScoped
public class MailboxBacking implements Serializable {

  static final int NEWEST = 50;

  @Inject Mailer mailer;

  private String mail;
  private Boolean enabled;
  private transient List<OutboundMail> mails;

  /** With SMTP configured there is no mailbox, and the page answers like any unknown page. */
  public void enter() {
    if (!isEnabled()) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  public boolean isEnabled() {
    if (enabled == null) {
      enabled = mailer.devMailboxEnabled();
    }
    return enabled;
  }

  public List<OutboundMail> getMails() {
    if (mails == null) {
      mails = mailer.devMailbox(NEWEST);
    }
    return mails;
  }

  /** The mail picked in the list, else the newest; {@code null} while the mailbox is empty. */
  public OutboundMail getSelected() {
    List<OutboundMail> all = getMails();
    return all.stream()
        .filter(candidate -> candidate.id().toString().equals(mail))
        .findFirst()
        .orElse(all.isEmpty() ? null : all.get(0));
  }

  public boolean isSelected(OutboundMail candidate) {
    OutboundMail selected = getSelected();
    return selected != null && selected.id().equals(candidate.id());
  }

  public List<MailText.Segment> getBody() {
    OutboundMail selected = getSelected();
    return selected == null ? List.of() : MailText.segments(selected.bodyText());
  }

  public String getMail() {
    return mail;
  }

  public void setMail(String mail) {
    this.mail = mail;
  }
}
