package app.chidi.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The JSON API under {@code /api}; access tokens are verified by MicroProfile JWT.
 *
 * <p>{@code @ApplicationScoped} makes this class a CDI bean in "annotated" discovery mode, which
 * Payara's MP-JWT extension needs to see {@code @LoginConfig} (payara/Payara#6252); without it no
 * {@code JsonWebToken} bean exists.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class RestApplication extends Application {}
