package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleTerms;
import app.chidi.assistant.boundary.Rules;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * The rule dialog of {@code dashboard/assistant.xhtml} ({@code dashboard/dialogs/rule-edit.xhtml}):
 * owners and admins create and change a rule, checked by the same validator as the API, and see its
 * worked example while they fill it in.
 */
@Named
@ViewScoped
public class RuleEditBacking implements Serializable {

  @Inject Rules rules;
  @Inject Validator validator;
  @Inject HttpServletRequest request;
  @Inject RulesBacking list;

  private RuleTerms terms;
  private RuleFields fields = new RuleFields();
  private RuleRow preview;

  @PostConstruct
  void load() {
    terms = rules.terms();
    fields.fit(terms);
  }

  public void add() {
    fields = new RuleFields();
    fields.fit(terms);
    preview();
  }

  public void edit(UUID id) {
    fields = RuleFields.of(rules.rule(id));
    preview();
  }

  public void addCondition() {
    fields.getConditions().add(new ConditionFields(terms.fields().get(0)));
    preview();
  }

  public void removeCondition(ConditionFields condition) {
    fields.getConditions().remove(condition);
    preview();
  }

  public void typePicked() {
    fields.fit(terms);
    preview();
  }

  public void fieldPicked(ConditionFields condition) {
    condition.fit(terms.field(condition.getField()));
    preview();
  }

  /** The summary and example of the rule as filled in so far, or none while it is incomplete. */
  public void preview() {
    RuleForm form = fields.toForm(terms);
    try {
      preview = validator.validate(form).isEmpty() ? new RuleRow(rules.preview(form)) : null;
    } catch (InvalidFieldsException incomplete) {
      preview = null;
    }
  }

  public void save() {
    if (!Permissions.canManage(request)) {
      PageMessages.error(null, "Only owners and admins can change rules.");
      return;
    }
    try {
      if (!saved()) {
        return;
      }
    } catch (InvalidFieldsException refusal) {
      RuleFieldIds.show(refusal);
      return;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
      return;
    }
    PageMessages.info("“" + fields.getName().strip() + "” is saved. CHIDI uses it from now on.");
    list.load();
    PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
  }

  private boolean saved() {
    if (fields.isNew()) {
      RuleForm form = fields.toForm(terms);
      return PageMessages.valid(validator, form, RuleFieldIds::of) && rules.create(form) != null;
    }
    RuleChanges changes = fields.toChanges(terms);
    return PageMessages.valid(validator, changes, RuleFieldIds::of)
        && rules.update(fields.getId(), changes) != null;
  }

  public List<RuleTerms.Operator> operatorsOf(ConditionFields condition) {
    RuleTerms.Field field = terms.field(condition.getField());
    return terms.operators().stream()
        .filter(o -> field != null && field.operators().contains(o.key()))
        .toList();
  }

  public String typeOf(ConditionFields condition) {
    RuleTerms.Field field = terms.field(condition.getField());
    return field == null ? "text" : field.type();
  }

  public RuleTerms.Action getAction() {
    return terms.actionsOf(fields.getRuleType()).stream()
        .filter(a -> a.key().equals(fields.getActionType()))
        .findFirst()
        .orElse(null);
  }

  public RuleTerms getTerms() {
    return terms;
  }

  public RuleFields getFields() {
    return fields;
  }

  public RuleRow getPreview() {
    return preview;
  }
}
