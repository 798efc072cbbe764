package app.chidi.chat.entity;

import java.util.Optional;

/** The questions of the onboarding interview, in the order CHIDI asks them. */
public enum OnboardingStep {
  BUSINESS_NAME,
  PRODUCTS,
  SHIPPING,
  RETURNS,
  PAYMENT,
  HOURS_LOCATION,
  TONE;

  /** The question after this one, or empty after the last. */
  public Optional<OnboardingStep> next() {
    OnboardingStep[] steps = values();
    return ordinal() + 1 < steps.length ? Optional.of(steps[ordinal() + 1]) : Optional.empty();
  }
}
