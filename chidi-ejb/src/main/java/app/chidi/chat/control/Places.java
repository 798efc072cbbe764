package app.chidi.chat.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Nigerian states as rules name them ({@code delivery_state}), found by state or big city. */
final class Places {

  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("lagos", "Lagos"),
          Map.entry("abuja", "FCT"),
          Map.entry("fct", "FCT"),
          Map.entry("port harcourt", "Rivers"),
          Map.entry("rivers", "Rivers"),
          Map.entry("ibadan", "Oyo"),
          Map.entry("oyo", "Oyo"),
          Map.entry("kano", "Kano"),
          Map.entry("enugu", "Enugu"),
          Map.entry("kaduna", "Kaduna"),
          Map.entry("benin", "Edo"),
          Map.entry("edo", "Edo"),
          Map.entry("ogun", "Ogun"),
          Map.entry("abeokuta", "Ogun"),
          Map.entry("delta", "Delta"),
          Map.entry("warri", "Delta"),
          Map.entry("anambra", "Anambra"),
          Map.entry("onitsha", "Anambra"),
          Map.entry("calabar", "Cross River"),
          Map.entry("uyo", "Akwa Ibom"),
          Map.entry("jos", "Plateau"),
          Map.entry("owerri", "Imo"),
          Map.entry("ilorin", "Kwara"));

  private static final Pattern PLACE =
      Pattern.compile("(?<![a-z])(" + String.join("|", STATES.keySet()) + ")(?![a-z])");

  private Places() {}

  /** The state of the first place named in {@code text}. */
  static Optional<String> state(String text) {
    Matcher matcher = PLACE.matcher(text.toLowerCase(Locale.ROOT));
    return matcher.find() ? Optional.of(STATES.get(matcher.group(1))) : Optional.empty();
  }

  /** Whether {@code text} says "outside" the place rather than in it. */
  static boolean outside(String text) {
    return Pattern.compile("outside(?: of)? (?:" + PLACE.pattern() + ")").matcher(text).find();
  }
}
