package app.chidi.channel.boundary;

/**
 * A reply a person sends to a conversation's customer.
 *
 * @param text what to send; {@code null} sends CHIDI's draft as it is
 * @param resolve the conversation is done once this is on its way
 */
public record PersonReply(String text, boolean resolve) {}
