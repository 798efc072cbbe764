package app.chidi.server;

import sun.misc.Signal;

/**
 * Runs the orderly stop on Ctrl-C and SIGTERM before the JVM's shutdown hooks start. A plain
 * shutdown hook is not enough: zonky registers its own hook that stops PostgreSQL, and the JVM runs
 * all hooks at once, so the database would go down while Payara still uses it. sun.misc.Signal (in
 * the jdk.unsupported module) is the only way to act first; javac warns about it, deliberately.
 */
final class ShutdownSignals {

  private ShutdownSignals() {}

  /**
   * On INT or TERM: run {@code stop}, then exit (the hooks then find everything stopped). The exit
   * status is 0 after a clean stop and 1 if {@code stop} failed.
   */
  static void onTermination(Runnable stop) {
    for (String name : new String[] {"INT", "TERM"}) {
      Signal.handle(new Signal(name), signal -> System.exit(run(stop)));
    }
  }

  private static int run(Runnable stop) {
    try {
      stop.run();
      return 0;
    } catch (IllegalStateException e) {
      e.printStackTrace();
      return 1;
    }
  }
}
