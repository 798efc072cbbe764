package app.chidi.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP settings from {@code CHIDI_SMTP_*}. Without a host CHIDI runs in development mode: mail is
 * kept in the development mailbox instead of being sent.
 */
@ApplicationScoped
public class SmtpSettings {

  @Inject
  @ConfigProperty(name = "chidi.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "chidi.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "chidi.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "chidi.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "chidi.smtp.from", defaultValue = "CHIDI <no-reply@chidi.local>")
  String from;

  @Inject
  @ConfigProperty(name = "chidi.smtp.starttls", defaultValue = "true")
  boolean startTls;

  public boolean configured() {
    return host.filter(value -> !value.isBlank()).isPresent();
  }

  Properties sessionProperties() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    return properties;
  }

  String from() {
    return from;
  }

  Optional<String> username() {
    return username;
  }

  Optional<String> password() {
    return password;
  }
}
