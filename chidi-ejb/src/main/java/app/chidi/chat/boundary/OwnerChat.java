package app.chidi.chat.boundary;

import app.chidi.account.entity.Business;
import app.chidi.account.entity.Role;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Rules;
import app.chidi.chat.boundary.ChatEvent.Answer;
import app.chidi.chat.boundary.ChatEvent.LearnedRule;
import app.chidi.chat.control.ChatLog;
import app.chidi.chat.control.ChatReplies;
import app.chidi.chat.control.OnboardingInterview;
import app.chidi.chat.control.ProposedChange;
import app.chidi.chat.entity.ChatContext;
import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.ProposalStatus;
import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.StockChange;
import app.chidi.inventory.entity.MovementType;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in person's chat with CHIDI. Every message is kept; a rule or stock change is only
 * ever proposed, and applied when its author confirms it. A new message lets any proposal still
 * waiting lapse, so a late confirmation never applies something the owner has moved on from.
 */
@Stateless
@Tenanted
public class OwnerChat {

  private static final Set<Role> RULE_EDITORS = Set.of(Role.OWNER, Role.ADMIN);
  private static final Set<Role> STOCK_EDITORS = Set.of(Role.OWNER, Role.ADMIN, Role.OPERATOR);

  @PersistenceContext EntityManager em;
  @Inject ChatLog log;
  @Inject ChatReplies replies;
  @Inject OnboardingInterview interview;
  @Inject Rules rules;
  @Inject Inventory inventory;

  /** {@code context_updated}: what CHIDI knows of the business the chat is about. */
  public ChatEvent context() {
    Business business = em.find(Business.class, TenantContext.business());
    return new ChatEvent(
        "context_updated",
        new ChatEvent.Context(
            business.name(),
            business.onboardingStatus().name().toLowerCase(Locale.ROOT),
            rules.list().size()));
  }

  /**
   * What a new connection hears: the context, then, for an owner or admin of a business still being
   * onboarded, the interview's waiting question.
   */
  public List<ChatEvent> greet(Role role) {
    ChatEvent context = context();
    return RULE_EDITORS.contains(role)
        ? log.context()
            .onboardingStep()
            .map(step -> List.of(context, interview.question(step)))
            .orElse(List.of(context))
        : List.of(context);
  }

  /**
   * Keeps what the person wrote and answers it: the next onboarding question while an owner or
   * admin is being onboarded, else an answer, a question or a proposal.
   */
  public List<ChatEvent> talk(String content, Role role) {
    UUID user = TenantContext.user();
    UUID conversation = log.conversation();
    log.pending(user).forEach(proposal -> proposal.settle(ProposalStatus.EXPIRED));
    log.add(ChatMessage.fromUser(conversation, TenantContext.business(), user, content));
    ChatContext context = log.context();
    if (RULE_EDITORS.contains(role) && context.onboardingStep().isPresent()) {
      return interview.answer(context, conversation, user, content);
    }
    return List.of(replies.reply(conversation, user, content));
  }

  /**
   * Applies a proposal of the signed-in person's.
   *
   * @throws ProposalNotPendingException when it is not theirs or not waiting any more
   * @throws ChangeNotAllowedException when their role may not make the change
   */
  public List<ChatEvent> confirm(UUID proposalId, Role role) {
    ChatMessage proposal = pending(proposalId);
    ProposedChange change = ProposedChange.of(proposal.payload());
    if (!(change.action().equals("stock") ? STOCK_EDITORS : RULE_EDITORS).contains(role)) {
      throw new ChangeNotAllowedException();
    }
    Answer done = apply(change);
    proposal.settle(ProposalStatus.CONFIRMED);
    log.add(
        ChatMessage.answer(
            log.conversation(),
            TenantContext.business(),
            TenantContext.user(),
            done.content(),
            1.0));
    return List.of(new ChatEvent("ai_response", done));
  }

  /** Drops a proposal of the signed-in person's; nothing changes. */
  public List<ChatEvent> cancel(UUID proposalId) {
    pending(proposalId).settle(ProposalStatus.CANCELLED);
    String content = "All right, I have not changed anything.";
    log.add(
        ChatMessage.answer(
            log.conversation(), TenantContext.business(), TenantContext.user(), content, 1.0));
    return List.of(ChatEvent.answer(content, 1.0, List.of()));
  }

  /**
   * Up to {@code limit} messages before message {@code before} (the newest when {@code null}),
   * oldest first, with the summary of purged ones.
   */
  public ChatHistory history(UUID before, int limit) {
    ChatMessage cursor =
        before == null ? null : log.find(before).orElseThrow(MessageNotFoundException::new);
    List<ChatMessage> page = log.page(cursor, limit + 1);
    List<ChatHistory.Line> lines =
        page.stream().limit(limit).map(ChatHistory.Line::of).collect(Collectors.toList());
    Collections.reverse(lines);
    return new ChatHistory(lines, page.size() > limit, log.context().summary());
  }

  private ChatMessage pending(UUID proposalId) {
    return log.find(proposalId)
        .filter(message -> message.isPendingFor(TenantContext.user()))
        .orElseThrow(ProposalNotPendingException::new);
  }

  private Answer apply(ProposedChange change) {
    switch (change.action()) {
      case "create":
        return learned("Saved: ", rules.create(change.rule()));
      case "update":
        return learned("Changed: ", rules.update(change.ruleId(), change.changes()));
      case "delete":
        RuleView removed = rules.rule(change.ruleId());
        rules.delete(change.ruleId());
        return learned("Removed the rule \"" + removed.name() + "\": ", removed);
      case "stock":
        StockChange stock =
            inventory.adjustStock(
                change.variantId(), change.adjustment(), "chat", MovementType.CHAT);
        return new Answer(
            "Done: stock is now " + stock.newStock() + ".", 1.0, List.of(), List.of());
      default:
        throw new IllegalStateException("unknown proposed change " + change.action());
    }
  }

  private static Answer learned(String done, RuleView rule) {
    return new Answer(
        done + rule.summary(),
        1.0,
        List.of(new LearnedRule(rule.id(), rule.ruleType(), rule.summary())),
        List.of());
  }
}
