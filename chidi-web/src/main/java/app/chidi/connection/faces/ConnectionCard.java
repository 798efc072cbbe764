package app.chidi.connection.faces;

import app.chidi.connection.boundary.ConnectionView;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** One connection on the Integrations page, with getters for Faces (EL 5 reads no records). */
public class ConnectionCard implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private final ConnectionView view;

  ConnectionCard(ConnectionView view) {
    this.view = view;
  }

  String platform() {
    return view.platform();
  }

  public UUID getId() {
    return view.id();
  }

  public String getName() {
    return view.displayName() == null ? view.accountId() : view.displayName();
  }

  public String getAccountId() {
    return view.accountId();
  }

  public String getStatus() {
    return view.status();
  }

  public boolean isDisconnected() {
    return "disconnected".equals(view.status());
  }

  /** The status tag's colour: green, amber, red, or plain once disconnected. */
  public String getStatusClass() {
    return switch (view.status()) {
      case "connected" -> "is-success";
      case "expiring" -> "is-warning";
      case "expired" -> "is-error";
      default -> "";
    };
  }

  public String getExpires() {
    if (view.tokenExpiresAt() == null) {
      return isDisconnected() ? "—" : "Does not expire";
    }
    return when(view.tokenExpiresAt());
  }

  public String getLastWebhook() {
    return view.lastWebhookAt() == null ? "None yet" : when(view.lastWebhookAt());
  }

  public long getDuplicates() {
    return view.duplicates();
  }

  private static String when(OffsetDateTime time) {
    return WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
