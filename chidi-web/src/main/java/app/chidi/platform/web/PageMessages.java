package app.chidi.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts outcomes on a dashboard page: next to the field they concern, or above the form. Field ids
 * may point into a {@code ui:repeat} row ({@code product:variants:1:sku}); the input of that row is
 * marked invalid, red with {@code aria-invalid}, as after a failed Faces validation.
 */
public final class PageMessages {

  /** Where a record component's messages go: the client id of its field and its label. */
  public record Field(String clientId, String label) {}

  private PageMessages() {}

  /** Checks the Bean Validation constraints of {@code input}; each violation goes to its field. */
  public static <T> boolean valid(
      Validator validator, T input, Function<String, Field> fieldOfPath) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    for (ConstraintViolation<T> violation : violations) {
      Field field = fieldOfPath.apply(violation.getPropertyPath().toString());
      error(field.clientId(), field.label() + " " + violation.getMessage());
    }
    return violations.isEmpty();
  }

  public static void error(String clientId, String text) {
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

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An information for the page a redirect leads to. */
  public static void infoAfterRedirect(String text) {
    info(text);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
