package app.chidi.account.boundary;

/**
 * The tokens of a signed-in session.
 *
 * @param expiresAt when the access token expires, in seconds since the epoch
 */
public record Session(String accessToken, String refreshToken, long expiresAt) {}
