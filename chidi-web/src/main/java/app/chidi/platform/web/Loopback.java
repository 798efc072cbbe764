package app.chidi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a request comes from this machine. */
public final class Loopback {

  private Loopback() {}

  /**
   * True for a client on a loopback address. The dev mailbox shows everyone's verification links,
   * so even without SMTP it answers only here, should CHIDI be bound to a public address.
   */
  public static boolean isClientOf(HttpServletRequest request) {
    try {
      // An address literal: parsed, never looked up.
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
