package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.Assistant;
import app.chidi.assistant.boundary.AssistantSettings;
import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Rules;
import app.chidi.assistant.boundary.UsedFacts;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Try CHIDI" on {@code dashboard/assistant.xhtml}: the reply CHIDI would give to a customer
 * message, with its confidence and decision. Nothing is sent or stored.
 */
@Named
@ViewScoped
public class TryBacking implements Serializable {

  static final int MAX_LENGTH = 2000;

  @Inject Assistant assistant;
  @Inject AssistantSettings settings;
  @Inject Rules rules;
  @Inject Knowledge knowledge;

  private String message;
  private String platform = "sandbox";
  private ReplyItem reply;

  public void ask() {
    if (message == null || message.isBlank()) {
      PageMessages.error("try:message", "Type a message a customer might send.");
      reply = null;
      return;
    }
    try {
      Reply answer = assistant.reply(new CustomerMessage(message.strip(), platform, List.of()));
      double threshold = settings.settings().confidenceThreshold().doubleValue();
      reply = new ReplyItem(answer, threshold, used(answer));
    } catch (BusinessException refusal) {
      reply = null;
      PageMessages.error(null, refusal.getMessage());
    }
  }

  /** Tries the last message again, after a change that may alter its decision. */
  public void askAgain() {
    if (reply != null) {
      ask();
    }
  }

  /** What the reply rests on, named: the rules and knowledge by their names, products counted. */
  private List<String> used(Reply answer) {
    UsedFacts facts = answer.reasons() == null ? UsedFacts.none() : answer.reasons().used();
    List<String> words = new ArrayList<>();
    if (!facts.rules().isEmpty()) {
      Map<UUID, String> names =
          rules.list().stream().collect(Collectors.toMap(RuleView::id, RuleView::name));
      facts.rules().forEach(id -> words.add("Rule: " + names.getOrDefault(id, "a rule")));
    }
    if (!facts.knowledge().isEmpty()) {
      Map<UUID, KnowledgeView> entries =
          knowledge.list(null).stream()
              .collect(Collectors.toMap(KnowledgeView::id, Function.identity()));
      for (UUID id : facts.knowledge()) {
        KnowledgeView entry = entries.get(id);
        words.add(
            entry == null ? "Knowledge" : ReplyItem.words(entry.type()) + ": " + entry.topic());
      }
    }
    int products = facts.products().size();
    if (products > 0) {
      words.add(products + (products == 1 ? " product" : " products") + " from your catalogue");
    }
    return words;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public ReplyItem getReply() {
    return reply;
  }

  public int getMaxLength() {
    return MAX_LENGTH;
  }
}
