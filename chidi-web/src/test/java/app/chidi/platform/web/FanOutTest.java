package app.chidi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every target written once, in parallel parts for many, all done when {@code each} returns. */
class FanOutTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final FanOut fanOut = new FanOut();

  FanOutTest() {
    fanOut.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> method.invoke(pool, args));
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void manyTargetsAreWrittenOnceEachInParallelParts() {
    List<Integer> targets = IntStream.range(0, 2000).boxed().toList();
    Map<Integer, AtomicInteger> writes = new ConcurrentHashMap<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    fanOut.each(
        targets,
        target -> {
          writes.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
          threads.add(Thread.currentThread().getName());
        });

    assertEquals(2000, writes.size(), "all written before each returns");
    assertTrue(writes.values().stream().allMatch(n -> n.get() == 1));
    assertEquals(FanOut.PARTS, threads.size(), threads.toString());
  }

  @Test
  void fewTargetsAreWrittenByTheCallingThread() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    fanOut.each(
        IntStream.range(0, 150).boxed().toList(),
        target -> threads.add(Thread.currentThread().getName()));
    assertEquals(Set.of(Thread.currentThread().getName()), threads);
  }
}
