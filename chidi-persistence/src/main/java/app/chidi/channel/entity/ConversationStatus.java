package app.chidi.channel.entity;

/** Whether CHIDI handles a conversation, a person must, or it is done. */
public enum ConversationStatus {
  ACTIVE,
  ESCALATED,
  RESOLVED
}
