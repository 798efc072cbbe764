package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PreBootScriptTest {

  @Test
  void bindsTheHttpListenerToTheAddress() {
    assertEquals(
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address=127.0.0.1",
        new PreBootScript("127.0.0.1")
            .text()
            .lines()
            .filter(l -> !l.startsWith("#"))
            .findFirst()
            .orElseThrow());
  }
}
