package app.chidi.assistant.boundary;

import app.chidi.assistant.control.RuleEvaluator;
import app.chidi.assistant.control.RuleExamples;
import app.chidi.assistant.control.RuleValidator;
import app.chidi.assistant.control.RuleVocabulary;
import app.chidi.assistant.control.RuleWording;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import app.chidi.assistant.entity.RuleExecution;
import app.chidi.assistant.entity.RuleType;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.json.CachedJson;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The business rules of the signed-in business: taught, listed in plain words with an example,
 * changed, switched on and off, tried without effect, and applied by the assistant — each
 * application logged in {@code rule_executions}.
 */
@Stateless
@Tenanted
public class Rules {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  @PersistenceContext EntityManager em;
  @Inject RuleValidator validator;
  @Inject Validator shapes;
  @Inject RuleEvaluator evaluator;
  @Inject RuleExamples examples;
  @Inject MessageSender messages;

  @Resource(lookup = Destinations.DASHBOARD_TOPIC)
  Topic dashboard;

  /** The active pricing rules: the offers a customer may be told about. */
  public List<RuleView> offers() {
    return list().stream()
        .filter(rule -> rule.isActive() && "pricing".equals(rule.ruleType()))
        .toList();
  }

  /** All rules, oldest first. */
  public List<RuleView> list() {
    return em.createNamedQuery("BusinessRule.findAll", BusinessRule.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  /**
   * @throws RuleNotFoundException when the business has no rule {@code id}
   */
  public RuleView rule(UUID id) {
    return view(find(id));
  }

  public RuleView create(RuleForm form) {
    BusinessRule rule = defined(form);
    em.persist(rule);
    changed();
    return view(rule);
  }

  /**
   * What {@code form} would make, checked as on save, with its summary and worked example; nothing
   * is saved. In a transaction of its own, so an invalid form fails only the preview and not the
   * caller's work (the owner's chat message is kept).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RuleView preview(RuleForm form) {
    shaped(form);
    return view(defined(form));
  }

  /**
   * The rule {@code id} as {@code changes} would leave it, checked as {@link #update} checks it;
   * nothing is saved (a transaction of its own, like {@link #preview}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RuleView previewChange(UUID id, RuleChanges changes) {
    shaped(changes);
    BusinessRule rule = find(id);
    return view(
        defined(
            new RuleForm(
                changes.ruleType() == null
                    ? rule.type().name().toLowerCase(Locale.ROOT)
                    : changes.ruleType(),
                changes.name() == null ? rule.name() : changes.name(),
                changes.description() == null ? rule.description() : changes.description(),
                changes.conditions() == null ? forms(rule.conditions()) : changes.conditions(),
                changes.actions() == null ? actionForms(rule.actions()) : changes.actions(),
                changes.responseTemplate() == null
                    ? rule.responseTemplate()
                    : changes.responseTemplate(),
                changes.priority() == null ? rule.priority() : changes.priority(),
                changes.isActive() == null ? rule.active() : changes.isActive())));
  }

  /**
   * Checks a form's own constraints (the API checks them on the way in; a form drafted in the
   * owner's chat comes from elsewhere), naming fields as the API does.
   */
  private void shaped(Object form) {
    List<InvalidFieldsException.FieldProblem> problems =
        shapes.validate(form).stream()
            .map(
                v ->
                    new InvalidFieldsException.FieldProblem(
                        v.getPropertyPath()
                            .toString()
                            .replaceAll("([a-z])([A-Z])", "$1_$2")
                            .toLowerCase(Locale.ROOT),
                        v.getMessage()))
            .sorted(java.util.Comparator.comparing(InvalidFieldsException.FieldProblem::field))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }

  /** The fields, operators and actions a rule may use. */
  public RuleTerms terms() {
    return RuleVocabulary.terms();
  }

  private BusinessRule defined(RuleForm form) {
    BusinessRule rule = new BusinessRule(TenantContext.business(), OffsetDateTime.now());
    RuleType type = RuleType.valueOf(form.ruleType().toUpperCase(Locale.ROOT));
    RuleValidator.Checked checked =
        validator.check(
            type, orEmpty(form.conditions()), orEmpty(form.actions()), form.responseTemplate());
    rule.describe(type, form.name(), form.description());
    rule.define(
        checked.conditions(),
        checked.actions(),
        form.responseTemplate(),
        form.priority() == null ? 0 : form.priority());
    rule.activate(form.isActive() == null || form.isActive());
    return rule;
  }

  public RuleView update(UUID id, RuleChanges changes) {
    BusinessRule rule = find(id);
    RuleType type =
        changes.ruleType() == null
            ? rule.type()
            : RuleType.valueOf(changes.ruleType().toUpperCase(Locale.ROOT));
    String template =
        changes.responseTemplate() == null ? rule.responseTemplate() : changes.responseTemplate();
    RuleValidator.Checked checked =
        validator.check(
            type,
            changes.conditions() == null ? forms(rule.conditions()) : changes.conditions(),
            changes.actions() == null ? actionForms(rule.actions()) : changes.actions(),
            template);
    rule.describe(
        type,
        changes.name() == null ? rule.name() : changes.name(),
        changes.description() == null ? rule.description() : changes.description());
    rule.define(
        checked.conditions(),
        checked.actions(),
        template,
        changes.priority() == null ? rule.priority() : changes.priority());
    if (changes.isActive() != null) {
      rule.activate(changes.isActive());
    }
    changed();
    return view(rule);
  }

  public void delete(UUID id) {
    em.remove(find(id));
    changed();
  }

  /**
   * What the active rules (or, given its id, one rule, active or not) make of a context. Nothing is
   * logged: this is the owner trying rules out.
   */
  public Evaluation evaluate(RuleContext context, UUID ruleId) {
    return ruleId == null
        ? evaluator.evaluate(active(), context)
        : evaluator.trial(find(ruleId), context);
  }

  /** Applies the active rules for the assistant and logs each rule that applied. */
  public Evaluation apply(RuleContext context) {
    return apply(context, null, null);
  }

  /** As {@link #apply(RuleContext)}, recording the conversation and message it was for. */
  public Evaluation apply(RuleContext context, UUID conversationId, UUID messageId) {
    Evaluation evaluation = evaluator.evaluate(active(), context);
    String input = JSON.toJson(context);
    for (AppliedRule applied : evaluation.applied()) {
      em.persist(
          new RuleExecution(
              TenantContext.business(),
              applied.ruleId(),
              conversationId,
              messageId,
              input,
              JSON.toJson(applied)));
    }
    return evaluation;
  }

  private List<BusinessRule> active() {
    return em.createNamedQuery("BusinessRule.findActive", BusinessRule.class).getResultList();
  }

  /** Tells the live dashboards, in this transaction, that the business's rules changed. */
  private void changed() {
    messages.send(dashboard, new RulesChanged(TenantContext.business()));
  }

  private BusinessRule find(UUID id) {
    BusinessRule rule = em.find(BusinessRule.class, id);
    if (rule == null) {
      throw new RuleNotFoundException();
    }
    return rule;
  }

  private RuleView view(BusinessRule rule) {
    return RuleView.of(rule, RuleWording.summary(rule), examples.example(rule));
  }

  private static List<ConditionForm> forms(List<RuleCondition> conditions) {
    return conditions.stream()
        .map(c -> new ConditionForm(c.field(), c.operator(), c.value()))
        .toList();
  }

  private static List<ActionForm> actionForms(List<RuleAction> actions) {
    return actions.stream()
        .map(
            a ->
                new ActionForm(
                    a.type(),
                    a.value() == null ? JsonValue.NULL : CachedJson.createValue(a.value())))
        .toList();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
