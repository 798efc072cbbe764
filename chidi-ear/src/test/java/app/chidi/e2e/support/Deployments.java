package app.chidi.e2e.support;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the end-to-end tests deploy: the very WAR the launcher runs. */
public final class Deployments {

  private Deployments() {}

  /** The Payara Micro WAR built by chidi-micro and copied into server-config's runtime folder. */
  public static WebArchive chidiWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(Stack.runtimeDir(), "chidi.war"));
  }

  /**
   * The WAR with MicroProfile Config {@code properties} ("key=value") that outrank the environment
   * (ordinal 500), as {@code CHIDI_*} variables would set them: base URLs of local stand-ins,
   * shorter timeouts.
   */
  public static WebArchive chidiWar(String... properties) {
    String config = "config_ordinal=500\n" + String.join("\n", properties);
    return chidiWar()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                .addAsManifestResource(new StringAsset(config), "microprofile-config.properties"));
  }

  /** Arquillian may report a non-loopback host; CHIDI listens on 127.0.0.1 only. */
  public static URI loopback(URL deployment) {
    try {
      URI uri = deployment.toURI();
      String path = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
      return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
