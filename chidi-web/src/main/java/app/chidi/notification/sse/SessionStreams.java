package app.chidi.notification.sse;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard streams open in one HTTP session, kept in the session so they end with it: when the
 * person signs out or the session times out, the container unbinds this and each stream is closed
 * (the browser's reconnect then meets the sign-in redirect and stops).
 */
final class SessionStreams implements HttpSessionBindingListener, Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = "chidi.notification.streams";

  /** Not serialised: a session moved to another instance has no streams there. */
  private transient Set<Runnable> open;

  static SessionStreams of(HttpSession session) {
    synchronized (SessionStreams.class) {
      SessionStreams streams = (SessionStreams) session.getAttribute(ATTRIBUTE);
      if (streams == null) {
        streams = new SessionStreams();
        session.setAttribute(ATTRIBUTE, streams);
      }
      return streams;
    }
  }

  void add(Runnable close) {
    open().add(close);
  }

  void remove(Runnable close) {
    open().remove(close);
  }

  @Override
  public void valueUnbound(HttpSessionBindingEvent event) {
    List.copyOf(open()).forEach(Runnable::run);
  }

  private synchronized Set<Runnable> open() {
    if (open == null) {
      open = ConcurrentHashMap.newKeySet();
    }
    return open;
  }
}
