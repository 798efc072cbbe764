package app.chidi.chat.control;

import app.chidi.assistant.boundary.RuleDraft;
import app.chidi.assistant.boundary.RuleDrafting;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Rules;
import app.chidi.assistant.boundary.Turn;
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
import app.chidi.chat.entity.ChatRole;
import app.chidi.chat.entity.MessageKind;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * CHIDI's reply to one chat message, kept in the log: an answer from the shop's data, a stock or
 * rule proposal restated in plain words (a rule with a worked example), a clarifying question, or
 * help. Rules are read by a language model's function calls when one is configured and answers,
 * else by the local grammar; both are checked by the rules' own validation before they are
 * proposed.
 */
@ApplicationScoped
public class ChatReplies {

  /** How many earlier chat messages a language model sees besides the summary of older ones. */
  static final int CONTEXT_MESSAGES = 20;

  /** The confidence of a language model's words that are neither a rule nor a known answer. */
  static final double MODEL_WORDS = 0.6;

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
  @Inject RuleDrafting drafting;

  public ChatEvent reply(UUID conversation, UUID user, String content) {
    Optional<String> known = questions.answer(content);
    if (known.isPresent()) {
      return answer(conversation, user, known.get(), 0.9);
    }
    Optional<StockRequest> stock = StockWords.read(content);
    if (stock.isPresent()) {
      return stock(conversation, user, stock.get());
    }
    Optional<RuleDraft> drafted =
        drafting.available()
            ? drafting.draft(content, recent(), log.context().summary())
            : Optional.empty();
    if (drafted.isPresent() && drafted.get() instanceof RuleDraft.Say said) {
      return said.text().isBlank()
          ? respond(conversation, user, new NotARule())
          : answer(conversation, user, said.text(), MODEL_WORDS);
    }
    RuleExtraction reading = drafted.map(this::reading).orElseGet(() -> local(content));
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

  /** The local grammar's reading: a change or removal of a rule, else a new rule. */
  private RuleExtraction local(String content) {
    RuleExtraction reading = edits.read(content, rules.list());
    return reading instanceof NotARule ? extractor.read(content) : reading;
  }

  /** A model's function call as the chat's own reading, so both are proposed the same way. */
  private RuleExtraction reading(RuleDraft draft) {
    if (draft instanceof RuleDraft.Create create) {
      return new Proposed(create.form());
    }
    if (draft instanceof RuleDraft.Update update) {
      return new Change(rules.rule(update.ruleId()), update.changes());
    }
    if (draft instanceof RuleDraft.Delete delete) {
      return new Remove(rules.rule(delete.ruleId()));
    }
    return new Clarify(((RuleDraft.Say) draft).text());
  }

  /**
   * The chat's latest {@value #CONTEXT_MESSAGES} messages before the one being answered, oldest
   * first, for a language model.
   */
  private List<Turn> recent() {
    List<Turn> turns =
        log.page(null, CONTEXT_MESSAGES + 1).stream()
            .skip(1)
            .map(m -> new Turn(m.role() == ChatRole.USER ? "owner" : "chidi", m.content()))
            .collect(Collectors.toList());
    Collections.reverse(turns);
    return turns;
  }

  private ChatEvent respond(UUID conversation, UUID user, RuleExtraction reading) {
    if (reading instanceof Proposed proposed) {
      RuleView preview = rules.preview(proposed.form());
      return propose(conversation, user, ProposedChange.create(proposed.form()), "create", preview);
    }
    if (reading instanceof Change change) {
      RuleView preview = rules.previewChange(change.rule().id(), change.changes());
      return propose(
          conversation,
          user,
          ProposedChange.update(change.rule().id(), change.changes()),
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
}
