package app.chidi.platform.web;

import app.chidi.platform.security.Claims;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Opens the tenant context of every web request: from the verified access token for the API, from
 * the dashboard session for pages. Anonymous requests run without a tenant (they see no tenant
 * rows). Boundaries apply the context to each transaction they start.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Tenant> tenant = fromToken(request).or(() -> fromSession(request));
    if (tenant.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try (TenantContext.Scope scope = TenantContext.open(tenant.get())) {
      chain.doFilter(request, response);
    }
  }

  private static Optional<Tenant> fromToken(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof JsonWebToken jwt
        && jwt.getClaim(Claims.BUSINESS_ID) != null) {
      return Optional.of(
          new Tenant(
              UUID.fromString(jwt.getClaim(Claims.BUSINESS_ID).toString()),
              UUID.fromString(jwt.getSubject())));
    }
    return Optional.empty();
  }

  private static Optional<Tenant> fromSession(HttpServletRequest request) {
    return DashboardSession.of(request).map(s -> new Tenant(s.businessId(), s.userId()));
  }
}
