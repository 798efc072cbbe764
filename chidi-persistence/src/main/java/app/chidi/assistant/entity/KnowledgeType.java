package app.chidi.assistant.entity;

/** A standing policy, a question with its answer, or any other information about the shop. */
public enum KnowledgeType {
  POLICY,
  FAQ,
  INFO
}
