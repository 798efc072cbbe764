package app.chidi.chat.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** The proposal is not this person's, or it was already confirmed, cancelled or superseded. */
public class ProposalNotPendingException extends BusinessException {

  public ProposalNotPendingException() {
    super(
        ErrorKind.CONFLICT,
        "chat/proposal-not-pending",
        "That proposal is no longer waiting: it was confirmed, cancelled or replaced by a newer"
            + " message");
  }
}
