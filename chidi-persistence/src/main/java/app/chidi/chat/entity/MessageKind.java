package app.chidi.chat.entity;

/** What a chat message carries: plain text, or a change waiting for confirmation. */
public enum MessageKind {
  TEXT,
  RULE_PROPOSAL,
  STOCK_PROPOSAL
}
