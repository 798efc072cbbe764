package app.chidi.assistant.entity;

/** What a business rule decides; a rule of each type has the matching kind of action. */
public enum RuleType {
  SHIPPING,
  RETURNS,
  PRICING,
  AVAILABILITY,
  CUSTOM
}
