package app.chidi.assistant.boundary;

/**
 * One earlier message of a conversation.
 *
 * @param role {@code customer} or {@code business}
 */
public record Turn(String role, String text) {

  public boolean fromCustomer() {
    return "customer".equals(role);
  }
}
