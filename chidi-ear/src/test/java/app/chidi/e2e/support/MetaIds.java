package app.chidi.e2e.support;

import java.util.concurrent.ThreadLocalRandom;

/** Account ids as Meta issues them (numeric), fresh per run. */
public final class MetaIds {

  private MetaIds() {}

  /**
   * A numeric account id no earlier run used: the test stack's database outlives a run, and an
   * account routes to one business.
   */
  public static String fresh() {
    return Long.toString(100_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000L));
  }
}
