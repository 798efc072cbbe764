package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.Rules;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * The "Rules" tab of {@code dashboard/assistant.xhtml}: each rule in plain words with a worked
 * example; owners and admins switch a rule on or off (saved at once) and delete it.
 */
@Named
@ViewScoped
public class RulesBacking implements Serializable {

  @Inject Rules rules;
  @Inject HttpServletRequest request;

  private List<RuleRow> rows;

  @PostConstruct
  public void load() {
    rows = rules.list().stream().map(RuleRow::new).toList();
  }

  /** Saves the switch of {@code row}, which the request has just set. */
  public void toggle(RuleRow row) {
    if (!isManageAllowed()) {
      PageMessages.error(null, "Only owners and admins can change rules.");
      row.setActive(!row.isActive());
      return;
    }
    try {
      rules.update(
          row.getId(), new RuleChanges(null, null, null, null, null, null, null, row.isActive()));
      PageMessages.info(
          "“" + row.getName() + "” is " + (row.isActive() ? "on" : "off") + ". Saved.");
    } catch (BusinessException refusal) {
      row.setActive(!row.isActive());
      PageMessages.error(null, refusal.getMessage());
    }
  }

  public void delete(RuleRow row) {
    if (!isManageAllowed()) {
      PageMessages.error(null, "Only owners and admins can delete rules.");
      return;
    }
    try {
      rules.delete(row.getId());
      PageMessages.info("“" + row.getName() + "” is deleted.");
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
    load();
  }

  public boolean isManageAllowed() {
    return Permissions.canManage(request);
  }

  public List<RuleRow> getRows() {
    return rows;
  }
}
