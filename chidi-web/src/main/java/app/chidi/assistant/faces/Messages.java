package app.chidi.assistant.faces;

import app.chidi.account.entity.Role;
import app.chidi.platform.web.DashboardSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Outcomes on the assistant page, and who may change the rules and knowledge. */
final class Messages {

  private Messages() {}

  /** Owners and admins change rules and knowledge (spec 6.1); the others read. */
  static boolean canManage(HttpServletRequest request) {
    return DashboardSession.of(request)
        .map(s -> Set.of(Role.OWNER, Role.ADMIN).contains(s.role()))
        .orElse(false);
  }

  static void error(String clientId, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    if (clientId != null) {
      context
          .getViewRoot()
          .invokeOnComponent(
              context,
              clientId,
              (found, component) -> {
                if (component instanceof UIInput field) {
                  field.setValid(false);
                }
              });
    }
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
