package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** The conversation is resolved; it opens again when the customer writes. */
public class ConversationResolvedException extends BusinessException {

  public ConversationResolvedException() {
    super(ErrorKind.CONFLICT, "conversation/resolved", "The conversation is resolved");
  }
}
