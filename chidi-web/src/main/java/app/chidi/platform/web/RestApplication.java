package app.chidi.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The JSON API under {@code /api}; access tokens are verified by MicroProfile JWT. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class RestApplication extends Application {}
