package app.chidi.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/**
 * The error page for 401 (web.xml). MicroProfile JWT refuses a malformed, forged or expired bearer
 * token before JAX-RS runs, with the container's HTML page; this answers with the API's problem
 * document instead, whatever the request's method.
 */
@WebServlet("/errors/unauthenticated")
public class UnauthenticatedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setCharacterEncoding("UTF-8");
    response.setHeader("WWW-Authenticate", "Bearer");
    JsonConfig.JSONB.toJson(
        Problem.of(
            Status.UNAUTHORIZED,
            "auth/unauthenticated",
            "Sign in first: send a valid access token"),
        response.getWriter());
  }
}
