package app.chidi.assistant.boundary;

import app.chidi.account.entity.Business;
import app.chidi.assistant.control.Grounding;
import app.chidi.assistant.control.LocalEngine;
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
 * CHIDI's reply to a customer message, from the local engine: grounded in the catalogue's
 * availability, the business rules and the business's knowledge, with a confidence and a decision —
 * send when the confidence reaches the business's threshold and nothing calls for a person,
 * otherwise escalate. Nothing is sent, stored or logged here.
 */
@Stateless
@Tenanted
public class Assistant {

  @PersistenceContext EntityManager em;
  @Inject LocalEngine engine;
  @Inject Availability availability;
  @Inject Rules rules;
  @Inject Knowledge knowledge;

  public Reply reply(CustomerMessage message) {
    Business business = em.find(Business.class, TenantContext.business());
    Understanding understanding = engine.understand(message);
    AvailabilityAnswer found =
        understanding.needsCatalogue() && !understanding.productWords().isBlank()
            ? availability.lookup(understanding.productWords())
            : null;
    Evaluation evaluation =
        understanding.needsRules()
            ? rules.evaluate(engine.ruleContext(understanding, found), null)
            : null;
    KnowledgeIndex index =
        understanding.needsKnowledge()
            ? knowledge.indexed()
            : new KnowledgeIndex(List.of(), Map.of());
    return engine.compose(
        understanding,
        new Grounding(found, evaluation, index.entries(), index.meanings(), business.currency()),
        business.confidenceThreshold().doubleValue());
  }
}
