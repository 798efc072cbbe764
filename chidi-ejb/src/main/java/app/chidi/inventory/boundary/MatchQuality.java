package app.chidi.inventory.boundary;

/** How well a product matches a question, in words an assistant can act on. */
public enum MatchQuality {
  /** Every term of the question matched and the question names the whole product. */
  EXACT,
  /** Not exact, with a match of at least 0.75. */
  STRONG,
  /** A match of at least 0.4 and under 0.75. */
  PARTIAL,
  /** A match above 0 and under 0.4. */
  WEAK;

  private static final double STRONG_FROM = 0.75;
  private static final double PARTIAL_FROM = 0.4;

  /**
   * @param match how well the product matches, from 0 to 1
   * @param namesProduct whether every term matched and the question holds the product's whole name
   */
  public static MatchQuality of(double match, boolean namesProduct) {
    if (namesProduct) {
      return EXACT;
    }
    if (match >= STRONG_FROM) {
      return STRONG;
    }
    return match >= PARTIAL_FROM ? PARTIAL : WEAK;
  }
}
