package app.chidi.assistant.boundary;

import app.chidi.account.entity.Business;
import app.chidi.assistant.control.OwnerModels;
import app.chidi.assistant.control.RuleModelEngine;
import app.chidi.assistant.control.RulePrompt;
import app.chidi.assistant.control.RuleVocabulary;
import app.chidi.platform.meaning.SentenceEncoder;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rules taught in the owner's chat, read by a language model through function calling when one is
 * configured. The model sees the rule vocabulary, the business's rules, the summary of the older
 * chat, the chat's latest turns and the knowledge nearest in meaning to the message.
 */
@Stateless
@Tenanted
public class RuleDrafting {

  /** How many knowledge entries, nearest in meaning first, the model sees. */
  static final int KNOWLEDGE = 3;

  /** How near in meaning an entry must be to be shown. */
  static final double RELEVANT = 0.3;

  @PersistenceContext EntityManager em;
  @Inject OwnerModels models;
  @Inject RuleModelEngine engine;
  @Inject Rules rules;
  @Inject Knowledge knowledge;

  /** Whether a language model is configured; without one the chat's own grammar reads rules. */
  public boolean available() {
    return models.configured();
  }

  /**
   * What a model makes of {@code message}; empty when none is configured or none answered.
   *
   * @param recent the chat's latest turns, oldest first: role {@code owner} or {@code chidi}
   * @param summary the summary of the chat's older messages, or {@code null}
   */
  public Optional<RuleDraft> draft(String message, List<Turn> recent, String summary) {
    if (!available()) {
      return Optional.empty();
    }
    List<RuleView> current = rules.list();
    Business business = em.find(Business.class, TenantContext.business());
    String prompt =
        RulePrompt.of(business.name(), RuleVocabulary.terms(), current, summary, relevant(message));
    Set<UUID> ids = current.stream().map(RuleView::id).collect(Collectors.toSet());
    return engine.draft(prompt, recent, message, ids);
  }

  private List<KnowledgeView> relevant(String message) {
    KnowledgeIndex index = knowledge.indexed();
    if (index.entries().isEmpty()) {
      return List.of();
    }
    float[] meaning = SentenceEncoder.embed(message);
    Map<UUID, float[]> meanings = index.meanings();
    return index.entries().stream()
        .filter(e -> meanings.containsKey(e.id()))
        .map(e -> Map.entry(e, SentenceEncoder.cosine(meaning, meanings.get(e.id()))))
        .filter(e -> e.getValue() >= RELEVANT)
        .sorted(Map.Entry.<KnowledgeView, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(KNOWLEDGE)
        .map(Map.Entry::getKey)
        .toList();
  }
}
