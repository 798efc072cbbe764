package app.chidi.e2e.support;

import app.chidi.server.Ports;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server in this JVM (GreenMail) that the next CHIDI boot sends its mail to: it adds
 * the {@code chidi.smtp.*} settings to the stack's configuration file before Arquillian boots
 * Payara, and takes them out again afterwards so other test classes keep the dev mailbox. Register
 * it between {@link Stack} and Arquillian.
 */
public final class SmtpServer implements BeforeAllCallback, AfterAllCallback {

  private static GreenMail greenMail;
  private String originalConfig;

  /** The messages received so far. */
  public static GreenMail mail() {
    return greenMail;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    int port = Ports.freePort();
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Path config = Stack.configFile();
    originalConfig = Files.readString(config, StandardCharsets.ISO_8859_1);
    Files.writeString(
        config,
        originalConfig
            + "chidi.smtp.host=127.0.0.1\n"
            + "chidi.smtp.port="
            + port
            + "\n"
            + "chidi.smtp.starttls=false\n"
            + "chidi.smtp.from=CHIDI <no-reply@chidi.test>\n",
        StandardCharsets.ISO_8859_1);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Files.writeString(Stack.configFile(), originalConfig, StandardCharsets.ISO_8859_1);
    greenMail.stop();
  }
}
