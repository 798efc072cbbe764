package app.chidi.chat.entity;

/** Who wrote a chat message: a person of the business, or CHIDI. */
public enum ChatRole {
  USER,
  ASSISTANT
}
