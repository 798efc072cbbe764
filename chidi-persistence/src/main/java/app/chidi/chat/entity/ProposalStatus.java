package app.chidi.chat.entity;

/**
 * Where a proposal stands. Only {@code PENDING} can be confirmed; a new message from its owner
 * expires it, so a late "yes" never applies a change the owner has moved on from.
 */
public enum ProposalStatus {
  PENDING,
  CONFIRMED,
  CANCELLED,
  EXPIRED
}
