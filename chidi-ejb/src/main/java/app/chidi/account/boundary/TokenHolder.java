package app.chidi.account.boundary;

import java.time.Instant;
import java.util.UUID;

/** Who holds a valid access token: the person, the business of the session, and its expiry. */
public record TokenHolder(UUID userId, UUID businessId, Instant expiresAt) {}
