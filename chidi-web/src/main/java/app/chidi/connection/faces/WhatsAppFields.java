package app.chidi.connection.faces;

import app.chidi.connection.boundary.ManualConnection;
import java.io.Serializable;

/** The WhatsApp form's fields; the token is dropped once the connection is made. */
public class WhatsAppFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String phoneNumberId;
  private String token;
  private String displayName;
  private String templateName;
  private String templateLanguage;

  ManualConnection toRequest() {
    return new ManualConnection(
        trim(phoneNumberId),
        trim(token),
        trim(displayName),
        trim(templateName),
        trim(templateLanguage));
  }

  void clear() {
    phoneNumberId = null;
    token = null;
    displayName = null;
    templateName = null;
    templateLanguage = null;
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getPhoneNumberId() {
    return phoneNumberId;
  }

  public void setPhoneNumberId(String phoneNumberId) {
    this.phoneNumberId = phoneNumberId;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }

  public String getTemplateLanguage() {
    return templateLanguage;
  }

  public void setTemplateLanguage(String templateLanguage) {
    this.templateLanguage = templateLanguage;
  }
}
