package app.chidi.channel.boundary;

/**
 * What the intake did with one account's events.
 *
 * @param routed false when no business has connected the account (nothing was stored)
 * @param stored new messages stored
 * @param duplicates messages stored before (a redelivery), dropped
 */
public record Intake(boolean routed, int stored, int duplicates) {}
