package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.AssistantSettings;
import app.chidi.assistant.boundary.SettingsChanges;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.web.PageMessages;
import app.chidi.platform.web.PageMessages.Field;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The confidence threshold on the "Try CHIDI" tab of {@code dashboard/assistant.xhtml}: how sure
 * CHIDI must be to answer on its own. Only the owner changes it; the reply tried last is then tried
 * again, so its decision follows.
 */
@Named
@ViewScoped
public class ThresholdBacking implements Serializable {

  static final String FIELD = "threshold:value";

  @Inject AssistantSettings settings;
  @Inject Validator validator;
  @Inject HttpServletRequest request;
  @Inject TryBacking trial;

  private BigDecimal value;

  @PostConstruct
  void load() {
    value = settings.settings().confidenceThreshold();
  }

  public void save() {
    if (!isChangeAllowed()) {
      PageMessages.error(null, "Only the owner can change when CHIDI answers on its own.");
      return;
    }
    if (value == null) {
      PageMessages.error(FIELD, "Enter a threshold from 0.50 to 0.99.");
      return;
    }
    SettingsChanges changes = new SettingsChanges(value);
    if (!PageMessages.valid(validator, changes, path -> new Field(FIELD, "The threshold"))) {
      return;
    }
    try {
      value = settings.change(changes).confidenceThreshold();
    } catch (InvalidFieldsException refusal) {
      refusal.problems().forEach(p -> PageMessages.error(FIELD, "The threshold " + p.message()));
      return;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
      return;
    }
    PageMessages.info(
        "Saved. CHIDI now answers on its own from "
            + ReplyItem.percent(value.doubleValue())
            + " % sure.");
    trial.askAgain();
  }

  /** Owners only: admins may not change settings (spec 6.1), as in the API. */
  public boolean isChangeAllowed() {
    return Permissions.canChangeSettings(request);
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }
}
