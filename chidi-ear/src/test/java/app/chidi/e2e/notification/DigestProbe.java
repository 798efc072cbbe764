package app.chidi.e2e.notification;

import app.chidi.notification.boundary.NotificationDigest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Deployed by {@link NotificationIT} only: runs what the hourly digest timer runs, as if it were
 * {@code at} (an ISO instant), and answers how many digests this run mailed.
 */
@WebServlet("/test/digest")
public class DigestProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject NotificationDigest digest;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int sent = digest.sendDue(Instant.parse(request.getParameter("at")));
    response.setContentType("application/json");
    response.getWriter().write("{\"sent\": " + sent + "}");
  }
}
