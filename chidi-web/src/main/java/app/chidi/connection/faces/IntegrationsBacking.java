package app.chidi.connection.faces;

import app.chidi.account.entity.Role;
import app.chidi.connection.boundary.Connections;
import app.chidi.connection.boundary.ManualConnection;
import app.chidi.connection.entity.Platform;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.DashboardSession;
import app.chidi.platform.web.PageMessages;
import app.chidi.platform.web.PageMessages.Field;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code dashboard/integrations.xhtml}: the WhatsApp and Instagram connections with their state,
 * the WhatsApp form, Instagram's login button and disconnecting. Owners and admins with a confirmed
 * email address act; everyone else reads.
 */
@Named
@ViewScoped
public class IntegrationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Connections connections;
  @Inject Validator validator;
  @Inject HttpServletRequest request;

  private List<ConnectionCard> all;
  private final WhatsAppFields whatsApp = new WhatsAppFields();

  @PostConstruct
  void load() {
    all = cards();
    if ("instagram".equals(request.getParameter("connected"))) {
      PageMessages.info("Instagram is connected. CHIDI now reads its direct messages.");
    } else if (request.getParameter("error") != null) {
      PageMessages.error(null, "Instagram was not connected. Try again.");
    }
  }

  public void connectWhatsApp() {
    ManualConnection form = whatsApp.toRequest();
    if (!isManageAllowed()
        || !PageMessages.valid(
            validator, form, path -> new Field("whatsapp:" + field(path), label(path)))) {
      return;
    }
    try {
      connections.connect(Platform.WHATSAPP, form);
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
      return;
    }
    whatsApp.clear();
    all = cards();
    PageMessages.info("WhatsApp is connected.");
  }

  public void disconnect(UUID id) {
    if (isManageAllowed()) {
      connections.disconnect(id);
      all = cards();
      PageMessages.info("Disconnected. Its token is deleted.");
    }
  }

  /** Off to Instagram's login window; it sends the browser back to the callback. */
  public void connectInstagram() throws IOException {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(connections.instagramLoginUrl());
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
  }

  public List<ConnectionCard> of(String platform) {
    return all.stream().filter(c -> c.platform().equals(platform)).toList();
  }

  private List<ConnectionCard> cards() {
    return connections.list().stream().map(ConnectionCard::new).toList();
  }

  /** Owners and admins connect and disconnect (spec 6.1). */
  public boolean isManageAllowed() {
    return DashboardSession.hasAnyRole(request, Set.of(Role.OWNER, Role.ADMIN));
  }

  public WhatsAppFields getWhatsApp() {
    return whatsApp;
  }

  private static String field(String path) {
    return switch (path) {
      case "accountId" -> "phone-number-id";
      case "accessToken" -> "token";
      case "templateName" -> "template-name";
      case "templateLanguage" -> "template-language";
      default -> "display-name";
    };
  }

  private static String label(String path) {
    return switch (path) {
      case "accountId" -> "The phone number id";
      case "accessToken" -> "The access token";
      case "templateName" -> "The template name";
      case "templateLanguage" -> "The template language";
      default -> "The name";
    };
  }
}
