package app.chidi.account.boundary;

import app.chidi.account.entity.Role;
import java.util.UUID;

/**
 * The outcome of signing up or in.
 *
 * @param businessId the business this session works for
 * @param role the user's role there
 */
public record SignedIn(UserView user, Session session, UUID businessId, Role role) {}
