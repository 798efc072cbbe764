package app.chidi.chat.boundary;

import java.util.List;
import java.util.UUID;

/**
 * One server message of the chat: {@code {"type": ..., "data": {...}}} (spec 5.1).
 *
 * @param data one of the records below
 */
public record ChatEvent(String type, Object data) {

  /** {@code ai_response}: CHIDI's answer. */
  public record Answer(
      String content,
      double confidence,
      List<LearnedRule> extractedRules,
      List<String> suggestions) {}

  /** A rule a confirmed proposal saved, changed or removed. */
  public record LearnedRule(UUID id, String type, String description) {}

  /**
   * {@code rule_proposal}: a rule change restated, waiting for {@code confirm} or {@code cancel}.
   *
   * @param action create, update or delete
   */
  public record RuleProposal(
      UUID proposalId,
      String action,
      UUID ruleId,
      Object rule,
      String summary,
      String example,
      String content) {}

  /** {@code stock_proposal}: a stock adjustment restated, waiting for confirmation. */
  public record StockProposal(
      UUID proposalId,
      UUID productId,
      String productName,
      UUID variantId,
      String variant,
      int adjustment,
      int currentStock,
      String content) {}

  /**
   * {@code onboarding_question}: the interview's question waiting for an answer ("skip" passes it,
   * "skip all" ends the interview).
   */
  public record OnboardingQuestion(String step, int number, int total, String question) {}

  /** {@code onboarding_summary}: what an answer saved, as a card. */
  public record OnboardingSummary(
      String step, String title, java.util.Map<String, String> facts, String content) {}

  /** {@code context_updated}: the business the chat is about. */
  public record Context(String businessName, String onboardingStatus, int rules) {}

  /** {@code error}: a stable code and what went wrong. */
  public record Problem(String code, String message) {}

  public static ChatEvent answer(String content, double confidence, List<String> suggestions) {
    return new ChatEvent("ai_response", new Answer(content, confidence, List.of(), suggestions));
  }

  public static ChatEvent error(String code, String message) {
    return new ChatEvent("error", new Problem(code, message));
  }
}
