package app.chidi.chat.boundary;

/**
 * The chat's settings for a business.
 *
 * @param retentionDays how many days messages are kept before the nightly sweep summarises and
 *     deletes them
 */
public record ChatSettings(int retentionDays) {}
