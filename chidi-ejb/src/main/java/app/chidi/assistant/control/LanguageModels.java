package app.chidi.assistant.control;

import app.chidi.assistant.boundary.ConfidenceParts;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.ReplyReasons;
import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.VariantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The language model engines behind the assistant: OpenAI first, then Anthropic (Fault Tolerance
 * fallback), and their answer checked against the tools' results ({@link AnswerCheck}) before it
 * may be sent. A model reply's confidence is the local engine's intent certainty times its clarity
 * times how well the tools ground the answer (1 when a tool returned the facts it states, 0.9 when
 * it states no fact, 0.8 after a tool call the model got wrong, 0 when the check fails).
 */
@ApplicationScoped
public class LanguageModels {

  static final double NO_FACTS = 0.9;
  static final double AFTER_TOOL_ERROR = 0.8;

  @Inject ChatModels models;
  @Inject OpenAiEngine openAi;
  @Inject AnthropicEngine anthropic;
  @Inject Availability availability;
  @Inject Inventory inventory;

  public boolean configured() {
    return models.configured();
  }

  /**
   * The reply of the first model that answers, judged with the local engine's reply beside it;
   * empty when no model is configured or none could answer.
   */
  public Optional<Reply> reply(ModelQuestion question, Reply local, double threshold) {
    if (!models.configured()) {
      return Optional.empty();
    }
    Optional<ModelAnswer> answer =
        models.openAi().isPresent() ? openAi.answer(question) : anthropic.answer(question);
    return answer.map(a -> judge(a, question, local, threshold));
  }

  private Reply judge(ModelAnswer answer, ModelQuestion question, Reply local, double threshold) {
    ToolFindings findings = answer.findings();
    boolean blank = answer.text() == null || answer.text().isBlank();
    String text = blank ? local.text() : answer.text().strip();
    List<String> problems = new ArrayList<>();
    if (answer.escalation() != null) {
      problems.add(answer.escalation());
    } else if (blank) {
      problems.add("the model gave no answer");
    } else {
      problems.addAll(
          AnswerCheck.problems(text, question.message().text(), findings, catalogue(answer)));
    }
    double grounding =
        !problems.isEmpty()
            ? 0
            : findings.errors > 0 ? AFTER_TOOL_ERROR : findings.grounded() ? 1 : NO_FACTS;
    ConfidenceParts parts =
        new ConfidenceParts(
            local.confidenceParts().intent(), grounding, local.confidenceParts().clarity());
    double confidence = parts.combined();
    if (problems.isEmpty() && confidence < threshold) {
      problems.add(
          String.format(
              Locale.ROOT, "not sure enough (confidence %.2f under %.2f)", confidence, threshold));
    }
    return new Reply(
        text,
        confidence,
        problems.isEmpty() ? Reply.SEND : Reply.ESCALATE,
        local.intent(),
        new ReplyReasons(findings.used(text), problems, findings.asked()),
        parts,
        answer.engine());
  }

  /**
   * The products the answer may be about — those the tools returned and those of the catalogue it
   * names — with their stock, which only the check sees.
   */
  private List<AnswerCheck.Product> catalogue(ModelAnswer answer) {
    Set<UUID> ids = new LinkedHashSet<>(answer.findings().products);
    availability.lookup(answer.text()).products().forEach(p -> ids.add(p.productId()));
    return ids.stream().map(inventory::product).map(LanguageModels::stocked).toList();
  }

  private static AnswerCheck.Product stocked(ProductView product) {
    return new AnswerCheck.Product(
        product.id(),
        product.name(),
        product.variants().stream().map(VariantView::stockQuantity).toList());
  }
}
