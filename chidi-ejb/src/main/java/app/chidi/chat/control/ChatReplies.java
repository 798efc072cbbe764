package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Rules;
import app.chidi.chat.boundary.ChatEvent;
import app.chidi.chat.boundary.ChatEvent.RuleProposal;
import app.chidi.chat.boundary.ChatEvent.StockProposal;
import app.chidi.chat.control.RuleExtraction.Change;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.chat.control.RuleExtraction.Proposed;
import app.chidi.chat.control.RuleExtraction.Remove;
import app.chidi.chat.control.StockWords.StockRequest;
import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.MessageKind;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * CHIDI's reply to one chat message, kept in the log: an answer from the shop's data, a stock or
 * rule proposal restated in plain words (a rule with a worked example), a clarifying question, or
 * help.
 */
@ApplicationScoped
public class ChatReplies {

  static final List<String> SUGGESTIONS =
      List.of(
          "Free delivery in Lagos for orders over 20k",
          "More than 3 items → 10% off",
          "No returns on sale items",
          "What's running low?");

  @Inject ChatLog log;
  @Inject RuleExtractor extractor;
  @Inject RuleEdits edits;
  @Inject Rules rules;
  @Inject ShopQuestions questions;
  @Inject StockTarget stockTarget;

  public ChatEvent reply(UUID conversation, UUID user, String content) {
    Optional<String> known = questions.answer(content);
    if (known.isPresent()) {
      return answer(conversation, user, known.get(), 0.9);
    }
    Optional<StockRequest> stock = StockWords.read(content);
    if (stock.isPresent()) {
      return stock(conversation, user, stock.get());
    }
    RuleExtraction reading = edits.read(content, rules.list());
    if (reading instanceof NotARule) {
      reading = extractor.read(content);
    }
    try {
      return respond(conversation, user, reading);
    } catch (InvalidFieldsException invalid) {
      return answer(
          conversation,
          user,
          "I cannot save that as a rule: "
              + invalid.problems().stream()
                  .map(p -> p.field() + " " + p.message())
                  .collect(Collectors.joining("; "))
              + ".",
          0.4);
    }
  }

  private ChatEvent respond(UUID conversation, UUID user, RuleExtraction reading) {
    if (reading instanceof Proposed proposed) {
      RuleView preview = rules.preview(proposed.form());
      return propose(conversation, user, ProposedChange.create(proposed.form()), "create", preview);
    }
    if (reading instanceof Change change) {
      RuleView preview = rules.preview(changed(change.rule(), change.action()));
      RuleChanges changes =
          new RuleChanges(null, null, null, null, List.of(change.action()), null, null, null);
      return propose(
          conversation,
          user,
          ProposedChange.update(change.rule().id(), changes),
          "update",
          preview);
    }
    if (reading instanceof Remove remove) {
      return propose(
          conversation, user, ProposedChange.delete(remove.rule().id()), "delete", remove.rule());
    }
    if (reading instanceof Clarify clarify) {
      return answer(conversation, user, clarify.question(), 0.5);
    }
    return answer(
        conversation,
        user,
        "I did not catch a rule there. Teach me one in your own words, for example: "
            + String.join("; ", SUGGESTIONS)
            + ".",
        0.3);
  }

  private ChatEvent stock(UUID conversation, UUID user, StockRequest request) {
    StockTarget.Found target = stockTarget.find(request.item());
    if (!target.found()) {
      return answer(conversation, user, target.question(), 0.5);
    }
    VariantView variant = target.variant();
    int after = variant.stockQuantity() + request.adjustment();
    String content =
        (request.adjustment() > 0 ? "Add " + request.adjustment() : "Take " + -request.adjustment())
            + " "
            + (request.adjustment() > 0 ? "to " : "from ")
            + target.productName()
            + " ("
            + variant.name()
            + ")? Stock goes from "
            + variant.stockQuantity()
            + " to "
            + after
            + ".";
    ChatMessage proposal =
        ChatMessage.proposal(
            conversation,
            TenantContext.business(),
            user,
            MessageKind.STOCK_PROPOSAL,
            content,
            ProposedChange.stock(variant.id(), request.adjustment()).json());
    log.add(proposal);
    return new ChatEvent(
        "stock_proposal",
        new StockProposal(
            proposal.id(),
            target.productId(),
            target.productName(),
            variant.id(),
            variant.name(),
            request.adjustment(),
            variant.stockQuantity(),
            content));
  }

  private ChatEvent propose(
      UUID conversation, UUID user, ProposedChange change, String action, RuleView rule) {
    String content =
        switch (action) {
          case "create" -> "Here is the rule I understood: " + rule.summary();
          case "update" -> "Here is the rule as changed: " + rule.summary();
          default -> "Remove this rule? " + rule.summary();
        };
    content += " For example: " + rule.example() + ". Shall I go ahead?";
    ChatMessage proposal =
        ChatMessage.proposal(
            conversation,
            TenantContext.business(),
            user,
            MessageKind.RULE_PROPOSAL,
            content,
            change.json());
    log.add(proposal);
    return new ChatEvent(
        "rule_proposal",
        new RuleProposal(
            proposal.id(),
            action,
            change.ruleId(),
            change.rule() == null ? rule : change.rule(),
            rule.summary(),
            rule.example(),
            content));
  }

  private ChatEvent answer(UUID conversation, UUID user, String content, double confidence) {
    log.add(ChatMessage.answer(conversation, TenantContext.business(), user, content, confidence));
    return ChatEvent.answer(content, confidence, SUGGESTIONS);
  }

  private static RuleForm changed(RuleView rule, ActionForm action) {
    return new RuleForm(
        rule.ruleType(),
        rule.name(),
        rule.description(),
        rule.conditions().stream()
            .map(c -> new ConditionForm(c.field(), c.operator(), c.value()))
            .toList(),
        List.of(action),
        rule.responseTemplate(),
        rule.priority(),
        rule.isActive());
  }
}
