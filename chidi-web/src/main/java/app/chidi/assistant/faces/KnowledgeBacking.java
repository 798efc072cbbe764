package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeChanges;
import app.chidi.assistant.boundary.KnowledgeForm;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The "Knowledge" tab of {@code dashboard/assistant.xhtml}: the policies, FAQs and facts CHIDI
 * answers from; owners and admins add and edit them in a dialog and delete them.
 */
@Named
@ViewScoped
public class KnowledgeBacking implements Serializable {

  static final String FORM = "knowledge-form:";
  private static final Map<String, String> LABELS =
      Map.of("type", "Type", "topic", "Topic", "question", "Question", "content", "Content");

  @Inject Knowledge knowledge;
  @Inject Validator validator;
  @Inject HttpServletRequest request;

  private List<KnowledgeView> entries;
  private KnowledgeFields fields = new KnowledgeFields();

  @PostConstruct
  void load() {
    entries = knowledge.list(null);
  }

  public void add() {
    fields = new KnowledgeFields();
  }

  public void edit(KnowledgeView entry) {
    fields = new KnowledgeFields();
    fields.setId(entry.id());
    fields.setType(entry.type());
    fields.setTopic(entry.topic());
    fields.setQuestion(entry.question());
    fields.setContent(entry.content());
  }

  public void save() {
    if (!isManageAllowed()) {
      PageMessages.error(null, "Only owners and admins can change what CHIDI knows.");
      return;
    }
    String question = "faq".equals(fields.getType()) ? blankToNull(fields.getQuestion()) : null;
    KnowledgeForm form =
        new KnowledgeForm(fields.getType(), fields.getTopic(), question, fields.getContent());
    if (!valid(form)) {
      return;
    }
    try {
      if (fields.isNew()) {
        knowledge.create(form);
      } else {
        knowledge.update(
            fields.getId(),
            new KnowledgeChanges(form.type(), form.topic(), form.question(), form.content()));
      }
    } catch (InvalidFieldsException refusal) {
      refusal.problems().forEach(p -> fieldError(p.field(), p.message()));
      return;
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
      return;
    }
    PageMessages.info("“" + fields.getTopic().strip() + "” is saved. CHIDI uses it from now on.");
    load();
    PrimeFaces.current().executeScript("PF('knowledgeDialog').hide()");
  }

  public void delete(KnowledgeView entry) {
    if (!isManageAllowed()) {
      PageMessages.error(null, "Only owners and admins can change what CHIDI knows.");
      return;
    }
    try {
      knowledge.delete(entry.id());
      PageMessages.info("“" + entry.topic() + "” is deleted.");
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
    load();
  }

  private boolean valid(KnowledgeForm form) {
    Set<ConstraintViolation<KnowledgeForm>> violations = validator.validate(form);
    violations.forEach(v -> fieldError(v.getPropertyPath().toString(), v.getMessage()));
    boolean faqWithoutQuestion = "faq".equals(form.type()) && form.question() == null;
    if (faqWithoutQuestion) {
      fieldError("question", "a FAQ needs its question");
    }
    return violations.isEmpty() && !faqWithoutQuestion;
  }

  private static void fieldError(String field, String message) {
    String label = LABELS.get(field);
    if (label == null) {
      PageMessages.error(null, message);
    } else {
      PageMessages.error(FORM + field, label + " " + message);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** "Policy", "FAQ" or "Info". */
  public String typeLabel(String type) {
    return "faq".equals(type) ? "FAQ" : ReplyItem.words(type);
  }

  public boolean isManageAllowed() {
    return Permissions.canManage(request);
  }

  public List<KnowledgeView> getEntries() {
    return entries;
  }

  public KnowledgeFields getFields() {
    return fields;
  }
}
