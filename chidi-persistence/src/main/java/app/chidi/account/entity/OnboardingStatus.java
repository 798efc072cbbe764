package app.chidi.account.entity;

/** How far the conversational onboarding of a business has come. */
public enum OnboardingStatus {
  PENDING,
  IN_PROGRESS,
  COMPLETED
}
