package app.chidi.e2e.chat;

import app.chidi.chat.boundary.ChatRetention;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Deployed by {@link OwnerChatIT} only: runs the nightly retention sweep now, as its timer does (no
 * tenant, every business). Answers 204.
 */
@WebServlet("/test/chat-retention")
public class RetentionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB ChatRetention retention;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    retention.sweep();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
