package app.chidi.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.chat.entity.OnboardingStep;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingAnswersTest {

  @Test
  void extractsTheFactsOfEachAnswer() {
    assertEquals("Ada's Closet", OnboardingAnswers.name("We are called Ada's Closet."));
    assertEquals(
        Map.of("categories", "dresses, tops, bags"),
        OnboardingAnswers.facts(
            OnboardingStep.PRODUCTS, "Women's clothing, categories: dresses, tops and bags"));
    assertEquals(
        Map.of("areas", "Lagos, Abuja", "fees", "2,000, 3,500", "times", "1 to 2 days"),
        OnboardingAnswers.facts(
            OnboardingStep.SHIPPING, "Lagos for ₦2,000 and Abuja for 3500, it takes 1 to 2 days"));
    assertEquals(
        Map.of("window", "7 days"),
        OnboardingAnswers.facts(
            OnboardingStep.RETURNS, "returns within 7 days, not on sale items"));
    assertEquals(
        Map.of("methods", "bank transfer, pay on delivery"),
        OnboardingAnswers.facts(OnboardingStep.PAYMENT, "Bank transfer or pay on delivery"));
    assertEquals(
        Map.of("tone", "friendly, warm"),
        OnboardingAnswers.facts(OnboardingStep.TONE, "Friendly and warm"));
    assertEquals("Open 9 to 6.", OnboardingAnswers.sentence("open 9 to 6"));
  }
}
