package app.chidi.account.control;

import app.chidi.account.entity.EmailVerification;
import app.chidi.account.entity.User;
import app.chidi.notification.boundary.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates a single-use verification link for a user and mails it. */
@ApplicationScoped
public class VerificationMail {

  static final Duration LIFETIME = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "chidi.web.public-url", defaultValue = "http://127.0.0.1:8080")
  String publicUrl;

  public void sendTo(User user, String businessName) {
    String token = OpaqueTokens.newSecret();
    em.persist(new EmailVerification(user.id(), OpaqueTokens.hash(token), LIFETIME));
    String link =
        publicUrl.replaceAll("/+$", "")
            + "/api/auth/verify?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    mailer.send(user.email(), "Confirm your email for CHIDI", body(businessName, link));
  }

  private static String body(String businessName, String link) {
    return "Welcome to CHIDI"
        + (businessName == null ? "" : ", and to " + businessName)
        + "!\n\nPlease confirm your email address by opening this link within 24 hours:\n\n"
        + link
        + "\n\nIf you did not sign up, you can ignore this mail.\n";
  }
}
