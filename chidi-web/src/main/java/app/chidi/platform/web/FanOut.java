package app.chidi.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one event to many live connections at once: the connections are split into up to {@value
 * #PARTS} parts written in parallel on the container's managed executor, so one connection's
 * blocking write does not wait for the thousands before it. It returns when every part is done, so
 * successive events reach each connection in order.
 */
@ApplicationScoped
public class FanOut {

  private static final Logger LOG = Logger.getLogger(FanOut.class.getName());

  /** At most this many parts; the writes block on I/O more than they use a core. */
  static final int PARTS = 4;

  /** Fewer connections than this per part are written by the calling thread alone. */
  static final int SMALLEST_PART = 100;

  @Resource ManagedExecutorService executor;

  /** Runs {@code write} for each target; a failing write is the target's own affair. */
  public <T> void each(Collection<T> targets, Consumer<T> write) {
    List<T> all = List.copyOf(targets);
    int parts = Math.min(PARTS, all.size() / SMALLEST_PART);
    if (parts <= 1) {
      all.forEach(write);
      return;
    }
    List<Future<?>> running = new ArrayList<>();
    int size = (all.size() + parts - 1) / parts;
    for (int from = size; from < all.size(); from += size) {
      List<T> part = all.subList(from, Math.min(all.size(), from + size));
      running.add(executor.submit(() -> part.forEach(write)));
    }
    all.subList(0, size).forEach(write);
    for (Future<?> part : running) {
      try {
        part.get();
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "a part of a fan-out failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
