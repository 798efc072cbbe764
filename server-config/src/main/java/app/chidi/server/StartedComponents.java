package app.chidi.server;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The components started so far, stopped in reverse order: Payara before its broker and database.
 */
final class StartedComponents {

  private final Deque<Closeable> components = new ArrayDeque<>();

  /** Returns the component, now on top of the stack. */
  <T extends Closeable> T add(T component) {
    components.push(component);
    return component;
  }

  /**
   * Stops every component, last started first. One that fails to stop does not keep the others
   * running: they are stopped, then the failures are reported together. Safe to call again.
   */
  void stopAll() {
    IllegalStateException failure = null;
    while (!components.isEmpty()) {
      Closeable component = components.pop();
      try {
        component.close();
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          failure = new IllegalStateException("CHIDI did not stop cleanly");
        }
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
