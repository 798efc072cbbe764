package app.chidi.e2e.tenancy;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.boundary.Rules;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Deployed by {@link TenantIsolationIT} only: applies the rules of {@code business} to an order
 * with no facts, as the reply pipeline will, so {@code rule_executions} gets its rows (no endpoint
 * writes them). Answers {@code {"applied": n}}.
 */
@WebServlet("/test/rules-apply")
public class RuleApplyProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Rules rules;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Tenant business = Tenant.business(UUID.fromString(request.getParameter("business")));
    Evaluation evaluation = TenantContext.callAs(business, () -> rules.apply(RuleContext.empty()));
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("applied", evaluation.applied().size())
                .build()
                .toString());
  }
}
