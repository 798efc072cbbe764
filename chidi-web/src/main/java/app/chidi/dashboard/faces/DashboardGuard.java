package app.chidi.dashboard.faces;

import app.chidi.platform.web.DashboardSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends anyone without a dashboard session to the sign-in page, and back here afterwards. It
 * supports asynchronous requests for the dashboard's notification stream.
 */
@WebFilter(filterName = "dashboard-guard", urlPatterns = "/dashboard/*", asyncSupported = true)
public class DashboardGuard extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (DashboardSession.of(request).isEmpty()) {
      redirectToLogin(request, response);
      return;
    }
    // Pages show the business's data: after signing out, Back must not bring them from the cache.
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login =
        request.getContextPath()
            + "/login.xhtml?next="
            + URLEncoder.encode(wanted(request), StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request would follow a plain redirect into the login page's HTML and fail quietly.
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n")
          .printf("<partial-response><redirect url=\"%s\"/></partial-response>", login);
    } else {
      response.sendRedirect(login);
    }
  }

  /** The path and query asked for, relative to the application. */
  private static String wanted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }
}
