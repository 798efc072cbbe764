package app.chidi.chat.control;

import app.chidi.account.entity.Business;
import app.chidi.account.entity.OnboardingStatus;
import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeChanges;
import app.chidi.assistant.boundary.KnowledgeForm;
import app.chidi.chat.boundary.ChatEvent;
import app.chidi.chat.boundary.ChatEvent.OnboardingQuestion;
import app.chidi.chat.boundary.ChatEvent.OnboardingSummary;
import app.chidi.chat.entity.ChatContext;
import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.OnboardingStep;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The onboarding interview CHIDI leads right after sign-up: one question per {@link
 * OnboardingStep}, each answer saved at once (the business's name, or a knowledge entry by topic)
 * and shown back as a summary card. "skip" passes a question, "skip all" ends the interview; the
 * question waiting is kept, so a new connection resumes there.
 */
@ApplicationScoped
public class OnboardingInterview {

  /** What CHIDI asks at a step, and where the answer goes: a knowledge type and topic. */
  record Question(String title, String text, String type, String topic) {}

  static Question of(OnboardingStep step) {
    return switch (step) {
      case BUSINESS_NAME ->
          new Question("Business name", "Welcome! What is your business called?", null, null);
      case PRODUCTS ->
          new Question(
              "What you sell",
              "What do you sell, and in which categories? For example: women's clothing — dresses, tops, bags.",
              "info",
              "products");
      case SHIPPING ->
          new Question(
              "Delivery",
              "Where do you deliver, how much does it cost and how long does it take?",
              "policy",
              "shipping");
      case RETURNS ->
          new Question(
              "Returns and exchanges",
              "Do you accept returns or exchanges? Within how many days, and on which items?",
              "policy",
              "returns");
      case PAYMENT ->
          new Question(
              "Payment",
              "How can customers pay? For example: bank transfer, card, pay on delivery.",
              "policy",
              "payment");
      case HOURS_LOCATION ->
          new Question(
              "Hours and location",
              "When are you open, and where can customers find you?",
              "policy",
              "opening hours and location");
      case TONE ->
          new Question(
              "Tone",
              "Last one: how should I sound with your customers — friendly, formal, playful…?",
              "info",
              "tone");
    };
  }

  @PersistenceContext EntityManager em;
  @Inject ChatLog log;
  @Inject Knowledge knowledge;

  /** The question waiting at {@code step}, as the client shows it. */
  public ChatEvent question(OnboardingStep step) {
    return new ChatEvent(
        "onboarding_question",
        new OnboardingQuestion(
            key(step), step.ordinal() + 1, OnboardingStep.values().length, of(step).text()));
  }

  /** Takes the answer to the waiting question: the summary card, then what comes next. */
  public List<ChatEvent> answer(ChatContext context, UUID conversation, UUID user, String content) {
    OnboardingStep step = context.onboardingStep().orElseThrow();
    Business business = em.find(Business.class, TenantContext.business());
    business.onboarding(OnboardingStatus.IN_PROGRESS);
    List<ChatEvent> events = new ArrayList<>();
    String said = content.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
    if (said.equals("skip all")) {
      context.endOnboarding();
    } else {
      if (!said.equals("skip")) {
        events.add(save(step, content, business));
      }
      context.advance();
    }
    context
        .onboardingStep()
        .ifPresentOrElse(
            next -> events.add(asked(conversation, user, next)),
            () -> {
              business.onboarding(OnboardingStatus.COMPLETED);
              events.add(finished(conversation, user));
            });
    return events;
  }

  private ChatEvent save(OnboardingStep step, String answer, Business business) {
    Question question = of(step);
    String content = OnboardingAnswers.sentence(answer);
    if (step == OnboardingStep.BUSINESS_NAME) {
      business.rename(OnboardingAnswers.name(answer));
      content = business.name();
    } else {
      remember(question, content);
    }
    return new ChatEvent(
        "onboarding_summary",
        new OnboardingSummary(
            key(step), question.title(), OnboardingAnswers.facts(step, answer), content));
  }

  /** Saves the answer under its topic, replacing what an earlier answer saved there. */
  private void remember(Question question, String content) {
    knowledge.list(question.type()).stream()
        .filter(entry -> entry.topic().equalsIgnoreCase(question.topic()))
        .findFirst()
        .ifPresentOrElse(
            entry -> knowledge.update(entry.id(), new KnowledgeChanges(null, null, null, content)),
            () ->
                knowledge.create(
                    new KnowledgeForm(question.type(), question.topic(), null, content)));
  }

  private ChatEvent asked(UUID conversation, UUID user, OnboardingStep step) {
    log.add(ChatMessage.answer(conversation, TenantContext.business(), user, of(step).text(), 1.0));
    return question(step);
  }

  private ChatEvent finished(UUID conversation, UUID user) {
    String done =
        "That's all I need to start. You can change any answer by telling me, or on the"
            + " Knowledge page. Now teach me your rules, like \"free delivery in Lagos for orders"
            + " over 20k\".";
    log.add(ChatMessage.answer(conversation, TenantContext.business(), user, done, 1.0));
    return ChatEvent.answer(done, 1.0, ChatReplies.SUGGESTIONS);
  }

  static String key(OnboardingStep step) {
    return step.name().toLowerCase(Locale.ROOT);
  }
}
