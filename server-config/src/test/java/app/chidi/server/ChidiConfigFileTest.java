package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ChidiConfigFileTest {

  private static final JwtKeys KEYS =
      new JwtKeys(Path.of("/data/jwt-private.pem"), Path.of("/data/jwt-public.pem"));
  private static final TokenKeyset TOKENS = new TokenKeyset(Path.of("/data/token-keyset.json"));
  private static final VapidKeys VAPID = new VapidKeys("BPublic", "private");

  @Test
  void writesWhatTheApplicationNeedsToKnowAboutThisInstallation() throws Exception {
    Properties read =
        load(new ChidiConfigFile(KEYS, TOKENS, VAPID, "http://127.0.0.1:8080", true).text());

    assertEquals("chidi", read.getProperty("mp.jwt.verify.issuer"));
    assertEquals(
        "/data/jwt-private.pem", read.getProperty("chidi.account.jwt-private-key-location"));
    assertEquals("http://127.0.0.1:8080", read.getProperty("chidi.web.public-url"));
    assertEquals("true", read.getProperty("chidi.demo.enabled"));
    assertEquals("chidi_app", read.getProperty("chidi.database.app-role"));
    assertEquals("/data/token-keyset.json", read.getProperty("chidi.token-keyset-file"));
    assertEquals("BPublic", read.getProperty("chidi.vapid-public-key"));
    assertEquals("private", read.getProperty("chidi.vapid-private-key"));
    assertEquals(9, read.size());
  }

  @Test
  void namesTheApplicationRoleOfAnExternalDatabase() throws Exception {
    Properties read =
        load(new ChidiConfigFile(KEYS, TOKENS, VAPID, "http://x", false, "shop_app").text());

    assertEquals("shop_app", read.getProperty("chidi.database.app-role"));
  }

  @Test
  void givesPayaraThePublicKeyAsAFileUrl() throws Exception {
    Properties read = load(new ChidiConfigFile(KEYS, TOKENS, VAPID, "http://x", false).text());

    URI location = URI.create(read.getProperty("mp.jwt.verify.publickey.location"));
    assertEquals("file", location.getScheme());
    assertEquals(Path.of("/data/jwt-public.pem"), Path.of(location));
    assertEquals("false", read.getProperty("chidi.demo.enabled"));
  }

  @Test
  void escapesPathsSoPropertiesReadsThemBack() throws Exception {
    JwtKeys odd = new JwtKeys(Path.of("/data/é dir/k#1=a.pem"), Path.of("/data/pub.pem"));

    Properties read = load(new ChidiConfigFile(odd, TOKENS, VAPID, "http://x", false).text());

    assertEquals(
        "/data/é dir/k#1=a.pem", read.getProperty("chidi.account.jwt-private-key-location"));
  }

  private static Properties load(String text) throws Exception {
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    return properties;
  }
}
