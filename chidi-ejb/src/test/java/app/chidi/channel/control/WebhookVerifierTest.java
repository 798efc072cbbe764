package app.chidi.channel.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.channel.entity.Platform;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final byte[] BODY = "{\"object\":\"instagram\"}".getBytes(StandardCharsets.UTF_8);

  private static WebhookVerifier verifier(String instagramSecret) {
    WebhookVerifier verifier = new WebhookVerifier();
    verifier.verifyToken = Optional.of("token");
    verifier.appSecret = Optional.of("meta");
    verifier.instagramAppSecret = Optional.ofNullable(instagramSecret);
    return verifier;
  }

  private static String signature(String secret) {
    return "sha256=" + HexFormat.of().formatHex(WebhookVerifier.hmac(secret, BODY));
  }

  @Test
  void acceptsOnlyTheHmacOfTheExactBytesWithTheRightSecret() {
    WebhookVerifier verifier = verifier(null);
    assertTrue(verifier.signed(Platform.WHATSAPP, BODY, signature("meta")));
    assertTrue(verifier.signed(Platform.INSTAGRAM, BODY, signature("meta")), "falls back");
    assertFalse(verifier.signed(Platform.WHATSAPP, BODY, signature("other")));
    assertFalse(verifier.signed(Platform.WHATSAPP, BODY, signature("meta").substring(7)));
    assertFalse(verifier.signed(Platform.WHATSAPP, BODY, null));
    assertFalse(
        verifier.signed(
            Platform.WHATSAPP, "{}".getBytes(StandardCharsets.UTF_8), signature("meta")));
  }

  @Test
  void instagramUsesItsOwnSecretWhenConfigured() {
    WebhookVerifier verifier = verifier("insta");
    assertTrue(verifier.signed(Platform.INSTAGRAM, BODY, signature("insta")));
    assertFalse(verifier.signed(Platform.INSTAGRAM, BODY, signature("meta")));
  }

  @Test
  void theSubscriptionCheckNeedsModeAndToken() {
    WebhookVerifier verifier = verifier(null);
    assertTrue(verifier.subscriptionAllowed("subscribe", "token"));
    assertFalse(verifier.subscriptionAllowed("unsubscribe", "token"));
    assertFalse(verifier.subscriptionAllowed("subscribe", "tokem"));
    verifier.verifyToken = Optional.empty();
    assertFalse(verifier.subscriptionAllowed("subscribe", ""));
  }
}
