package app.chidi.account.faces;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.TooManyRequestsException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Puts the outcome of a form on the page: next to the field it concerns, or above the form. */
final class FormMessages {

  /** A form field: its client id and the label that starts its messages. */
  record Field(String clientId, String label) {}

  private FormMessages() {}

  /**
   * Checks {@code input} against the constraints on its record and reports each violation on the
   * field of that record component, so the page and the REST API share one set of rules.
   */
  static <T> boolean valid(Validator validator, T input, Map<String, Field> fieldsByComponent) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    for (ConstraintViolation<T> violation : violations) {
      String component = violation.getPropertyPath().toString();
      Field field = fieldsByComponent.getOrDefault(component, new Field(null, component));
      add(
          field.clientId(),
          FacesMessage.SEVERITY_ERROR,
          field.label() + " " + violation.getMessage());
    }
    return violations.isEmpty();
  }

  /** Reports a boundary's refusal on the field its code concerns, else above the form. */
  static void refused(BusinessException refusal, Map<String, Field> fieldsByCode) {
    String text =
        refusal instanceof TooManyRequestsException limited
            ? tryAgainIn(limited.retryAfter())
            : refusal.getMessage();
    Field field = fieldsByCode.get(refusal.code());
    add(field == null ? null : field.clientId(), FacesMessage.SEVERITY_ERROR, text);
  }

  static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  private static String tryAgainIn(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return "Too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(severity, text, text));
    // Marks the input as PrimeFaces does after a failed Faces validation: red, aria-invalid.
    if (clientId != null
        && context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      input.setValid(false);
    }
  }
}
