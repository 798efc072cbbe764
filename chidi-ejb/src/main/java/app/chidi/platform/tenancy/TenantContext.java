package app.chidi.platform.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant of the work running on this thread. Entry points (the web filter, message-driven
 * beans, timers) open it around their work; {@link TenantInterceptor} applies it to every
 * transaction that work starts.
 */
public final class TenantContext {

  private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<Tenant> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * The business the current work belongs to.
   *
   * @throws IllegalStateException when no business is chosen
   */
  public static UUID business() {
    return current()
        .filter(Tenant::hasBusiness)
        .map(Tenant::businessId)
        .orElseThrow(() -> new IllegalStateException("no business chosen for this work"));
  }

  /** The signed-in user doing the current work, or {@code null} for background work. */
  public static UUID user() {
    return current().map(Tenant::userId).orElse(null);
  }

  /** Makes {@code tenant} current until the returned scope is closed. */
  public static Scope open(Tenant tenant) {
    Tenant previous = CURRENT.get();
    CURRENT.set(tenant);
    return () -> restore(previous);
  }

  /** Runs {@code work} as {@code tenant}, restoring whatever was current before. */
  public static <T> T callAs(Tenant tenant, Supplier<T> work) {
    try (Scope scope = open(tenant)) {
      return work.get();
    }
  }

  /** Runs {@code work} as {@code tenant}, restoring whatever was current before. */
  public static void runAs(Tenant tenant, Runnable work) {
    try (Scope scope = open(tenant)) {
      work.run();
    }
  }

  /** The extent of a tenant context; closing it restores the previous one. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private static void restore(Tenant previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
