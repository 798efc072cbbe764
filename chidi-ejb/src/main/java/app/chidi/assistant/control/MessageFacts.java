package app.chidi.assistant.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a message states that rules look at: where to deliver (a Nigerian state or big city, or
 * a place abroad), how many items, an amount of money ("20k", "₦15,000", "15000 naira"), whether
 * the item was on sale and how long ago it was bought.
 *
 * @param state the Nigerian state, as rules name it ("Lagos", "FCT")
 * @param city the city, when the message names one
 * @param abroad a place outside Nigeria the message names
 */
record MessageFacts(
    String state,
    String city,
    String abroad,
    Integer itemCount,
    BigDecimal amount,
    Boolean onSale,
    Integer daysSincePurchase) {

  private static final Map<String, String> STATES = new LinkedHashMap<>();
  private static final Map<String, String[]> CITIES = new LinkedHashMap<>();

  static {
    for (String state :
        List.of(
            "Abia",
            "Adamawa",
            "Akwa Ibom",
            "Anambra",
            "Bauchi",
            "Bayelsa",
            "Benue",
            "Borno",
            "Cross River",
            "Delta",
            "Ebonyi",
            "Edo",
            "Ekiti",
            "Enugu",
            "Gombe",
            "Imo",
            "Jigawa",
            "Kaduna",
            "Kano",
            "Katsina",
            "Kebbi",
            "Kogi",
            "Kwara",
            "Lagos",
            "Nasarawa",
            "Niger",
            "Ogun",
            "Ondo",
            "Osun",
            "Oyo",
            "Plateau",
            "Rivers",
            "Sokoto",
            "Taraba",
            "Yobe",
            "Zamfara")) {
      STATES.put(state.toLowerCase(), state);
    }
    STATES.put("fct", "FCT");
    city("Abuja", "FCT");
    city("Ikeja", "Lagos");
    city("Lekki", "Lagos");
    city("Ajah", "Lagos");
    city("Yaba", "Lagos");
    city("Surulere", "Lagos");
    city("Victoria Island", "Lagos");
    city("Ikorodu", "Lagos");
    city("Port Harcourt", "Rivers");
    city("PH", "Rivers");
    city("Ibadan", "Oyo");
    city("Abeokuta", "Ogun");
    city("Benin", "Edo");
    city("Benin City", "Edo");
    city("Warri", "Delta");
    city("Asaba", "Delta");
    city("Onitsha", "Anambra");
    city("Awka", "Anambra");
    city("Nnewi", "Anambra");
    city("Aba", "Abia");
    city("Umuahia", "Abia");
    city("Owerri", "Imo");
    city("Calabar", "Cross River");
    city("Uyo", "Akwa Ibom");
    city("Jos", "Plateau");
    city("Ilorin", "Kwara");
    city("Akure", "Ondo");
    city("Osogbo", "Osun");
    city("Ile Ife", "Osun");
    city("Ado Ekiti", "Ekiti");
    city("Zaria", "Kaduna");
    city("Maiduguri", "Borno");
    city("Yola", "Adamawa");
    city("Makurdi", "Benue");
    city("Lokoja", "Kogi");
    city("Minna", "Niger");
    city("Yenagoa", "Bayelsa");
    city("Abakaliki", "Ebonyi");
    city("Lafia", "Nasarawa");
  }

  private static void city(String city, String state) {
    CITIES.put(city.toLowerCase(), new String[] {city, state});
  }

  private static final Pattern ABROAD =
      Pattern.compile(
          "\\b(ghana|accra|kenya|south africa|uk|united kingdom|england|london|usa|america|"
              + "united states|canada|dubai|uae|france|germany|abroad|overseas|international(?:ly)?|"
              + "outside (?:the country|nigeria)|europe|cameroon|benin republic|togo)\\b");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?:₦|\\bngn|\\bn)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(k)?\\b"
              + "|\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s?(k|naira|ngn)\\b");
  private static final Pattern COUNT =
      Pattern.compile(
          "\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen)"
              + " (?:[a-z]+ ){0,3}?(?:pieces?|pcs|items?|pairs?|units?|of (?:them|these|those)|[a-z]+s)\\b");
  private static final Pattern DAYS =
      Pattern.compile("\\b(\\d{1,3}|a|one|two|three|four|five|six|seven) (day|week)s? ago\\b");
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("dozen", 12),
          Map.entry("a dozen", 12));

  static MessageFacts of(String message) {
    String text = " " + MessageText.normal(message).replaceAll("[^\\p{L}\\p{N}₦,.\\s]", " ") + " ";
    String state = null;
    String city = null;
    for (var entry : CITIES.entrySet()) {
      if (Pattern.compile("\\b" + entry.getKey() + "\\b").matcher(text).find()) {
        city = entry.getValue()[0];
        state = entry.getValue()[1];
        break;
      }
    }
    if (state == null) {
      for (var entry : STATES.entrySet()) {
        if (Pattern.compile("\\b" + entry.getKey() + "\\b(?! ?republic)").matcher(text).find()) {
          state = entry.getValue();
          break;
        }
      }
    }
    Matcher abroad = ABROAD.matcher(text);
    String place = abroad.find() ? abroad.group(1) : null;
    return new MessageFacts(
        state,
        city,
        place,
        count(text).orElse(null),
        amount(text).orElse(null),
        text.contains(" sale ") || text.contains("discounted") ? Boolean.TRUE : null,
        days(text).orElse(null));
  }

  /** How many distinct Nigerian places (states and cities) the message names. */
  static long places(String message) {
    String text = " " + MessageText.normal(message).replaceAll("[^\\p{L}\\p{N}\\s]", " ") + " ";
    java.util.Set<String> states = new java.util.HashSet<>();
    for (var entry : CITIES.entrySet()) {
      if (Pattern.compile("\\b" + entry.getKey() + "\\b").matcher(text).find()) {
        states.add(entry.getValue()[0]);
      }
    }
    for (var entry : STATES.entrySet()) {
      if (Pattern.compile("\\b" + entry.getKey() + "\\b").matcher(text).find()
          && CITIES.values().stream()
              .noneMatch(c -> states.contains(c[0]) && c[1].equals(entry.getValue()))) {
        states.add(entry.getValue());
      }
    }
    return states.size();
  }

  static Optional<BigDecimal> amount(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    boolean prefixed = m.group(1) != null;
    String whole = (prefixed ? m.group(1) : m.group(4)).replace(",", "");
    String fraction = prefixed ? m.group(2) : m.group(5);
    String unit = prefixed ? m.group(3) : m.group(6);
    BigDecimal value = new BigDecimal(fraction == null ? whole : whole + "." + fraction);
    if ("k".equals(unit)) {
      value = value.multiply(BigDecimal.valueOf(1000));
    }
    return Optional.of(value);
  }

  private static Optional<Integer> count(String text) {
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      if (text.substring(0, m.start()).matches("(?s).*\\bsizes? $")) {
        continue;
      }
      String word = m.group(1);
      Integer n = NUMBERS.get(word);
      if (n == null && word.chars().allMatch(Character::isDigit)) {
        n = Integer.valueOf(word);
      }
      if (n != null && n > 0) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> days(String text) {
    Matcher m = DAYS.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String word = m.group(1);
    int n =
        NUMBERS.getOrDefault(
            word, word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : 1);
    return Optional.of("week".equals(m.group(2)) ? n * 7 : n);
  }
}
