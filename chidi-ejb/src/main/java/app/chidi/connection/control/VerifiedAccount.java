package app.chidi.connection.control;

/**
 * An account as Meta confirmed it for a token.
 *
 * @param accountId the WhatsApp phone number id or the Instagram professional account id
 * @param displayName the number and verified name, or the Instagram username
 */
public record VerifiedAccount(String accountId, String displayName) {}
