package app.chidi.platform.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a {@code multipart/form-data} body, read with Jakarta Mail's MIME parser (part of
 * the platform), so uploads need neither a servlet multipart configuration nor a JAX-RS
 * implementation's own multipart module.
 */
public final class FormData {

  /** One field: its file name when it is a file, and its content. */
  public record Field(String fileName, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private final Map<String, Field> fields;

  private FormData(Map<String, Field> fields) {
    this.fields = fields;
  }

  /**
   * @throws MalformedFormException when the body is not multipart data of that content type
   */
  public static FormData read(InputStream body, String contentType) throws IOException {
    try {
      MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
      Map<String, Field> fields = new HashMap<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        String[] disposition = part.getHeader("Content-Disposition");
        if (disposition == null || disposition.length == 0) {
          continue;
        }
        String name = new ContentDisposition(disposition[0]).getParameter("name");
        if (name != null) {
          try (InputStream content = part.getInputStream()) {
            fields.putIfAbsent(name, new Field(part.getFileName(), content.readAllBytes()));
          }
        }
      }
      return new FormData(fields);
    } catch (MessagingException e) {
      throw new MalformedFormException(e);
    }
  }

  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** The body is not the multipart data it claims to be. */
  public static final class MalformedFormException extends IOException {
    MalformedFormException(Throwable cause) {
      super("malformed multipart/form-data body", cause);
    }
  }
}
