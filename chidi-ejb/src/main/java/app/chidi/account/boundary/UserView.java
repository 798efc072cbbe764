package app.chidi.account.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the API shows them. */
public record UserView(UUID id, String email, OffsetDateTime createdAt) {}
