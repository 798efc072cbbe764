package app.chidi.e2e.connection;

import app.chidi.connection.boundary.TokenRenewalSchedule;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Deployed by {@link ConnectionsIT} only: runs the daily token renewal now, exactly as its timer
 * does, and answers 204 when it is done.
 */
@WebServlet("/test/connections-renew")
public class RenewalProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TokenRenewalSchedule schedule;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    schedule.renewAll();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
