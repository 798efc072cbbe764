package app.chidi.assistant.boundary;

import app.chidi.account.entity.Business;
import app.chidi.assistant.control.Grounding;
import app.chidi.assistant.control.LanguageModels;
import app.chidi.assistant.control.LocalEngine;
import app.chidi.assistant.control.ModelQuestion;
import app.chidi.assistant.control.Understanding;
import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * CHIDI's reply to a customer message: grounded in the catalogue's availability, the business rules
 * and the business's knowledge, with a confidence and a decision — send when the confidence reaches
 * the business's threshold and nothing calls for a person, otherwise escalate. The local engine
 * always answers first; when a language model is configured and the message is not one that always
 * goes to a person, the model's checked answer replaces it, and the local reply stands whenever no
 * model can answer. Nothing is sent, stored or logged here.
 */
@Stateless
@Tenanted
public class Assistant {

  @PersistenceContext EntityManager em;
  @Inject LocalEngine engine;
  @Inject Availability availability;
  @Inject Rules rules;
  @Inject Knowledge knowledge;
  @Inject LanguageModels models;

  public Reply reply(CustomerMessage message) {
    Business business = em.find(Business.class, TenantContext.business());
    Understanding understood = engine.understand(message);
    AvailabilityAnswer found =
        understood.needsCatalogue() && !understood.productWords().isBlank()
            ? availability.lookup(understood.productWords())
            : null;
    Understanding understanding = engine.withProductNamed(understood, found);
    Evaluation evaluation =
        understanding.needsRules()
            ? rules.evaluate(engine.ruleContext(understanding, found), null)
            : null;
    KnowledgeIndex index =
        understanding.needsKnowledge()
            ? knowledge.indexed()
            : new KnowledgeIndex(List.of(), Map.of());
    double threshold = business.confidenceThreshold().doubleValue();
    Reply local =
        engine.compose(
            understanding,
            new Grounding(
                found,
                evaluation,
                index.entries(),
                index.meanings(),
                understanding.needsOffers() ? rules.offers() : List.of(),
                business.currency()),
            threshold);
    if (understanding.intent().trigger() || !models.configured()) {
      return local;
    }
    ModelQuestion question = new ModelQuestion(message, business.name(), business.currency());
    return models.reply(question, local, threshold).orElse(local);
  }
}
