package app.chidi.assistant.control;

import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.platform.meaning.SentenceEncoder;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the knowledge entry that answers a question by the words they share: first by the topic an
 * intent names (a shipping question reads the shipping policy), else by the overlap of the
 * message's content words with an FAQ's question, else by meaning: the entry whose sentence
 * embedding lies clearly nearest the message's, so a paraphrase that shares no word is found too.
 */
final class KnowledgeSearch {

  /** A found entry and how strongly it answers, from 0 to 1. */
  record Hit(KnowledgeView entry, double strength) {}

  private static final Map<Intent, Set<String>> TOPICS = new EnumMap<>(Intent.class);

  static {
    TOPICS.put(Intent.SHIPPING, Set.of("shipping", "delivery", "deliver", "ship", "dispatch"));
    TOPICS.put(Intent.RETURNS, Set.of("return", "exchange", "refund"));
    TOPICS.put(Intent.PAYMENT, Set.of("payment", "pay", "paying"));
    TOPICS.put(Intent.HOURS, Set.of("hour", "opening", "open", "time", "closing"));
    TOPICS.put(Intent.LOCATION, Set.of("location", "address", "shop", "store", "where"));
    TOPICS.put(Intent.CONTACT, Set.of("contact", "phone", "email", "reach", "whatsapp"));
    TOPICS.put(Intent.DISCOUNT, Set.of("discount", "promo", "promotion", "sale", "bulk"));
  }

  private static final Set<String> STOP =
      Set.of(
          ("a an and are at be by can could do does for from have how i if in is it me my of on"
                  + " or please pls the there this to u we what when where which who will with"
                  + " would you your yours our us am any get got know tell")
              .split(" "));

  private KnowledgeSearch() {}

  /** The entry that covers an intent's topic, policies before FAQs and information. */
  static Optional<Hit> forIntent(Intent intent, String message, List<KnowledgeView> entries) {
    Set<String> topic = TOPICS.get(intent);
    if (topic == null) {
      return Optional.empty();
    }
    Set<String> asked = words(message);
    return entries.stream()
        .map(
            entry -> {
              boolean inTopic = overlaps(words(entry.topic()), topic);
              boolean inQuestion =
                  entry.question() != null && overlaps(words(entry.question()), topic);
              double strength = inTopic ? 0.9 : inQuestion ? 0.8 : 0;
              if (strength > 0 && "faq".equals(entry.type())) {
                strength = Math.min(strength, 0.5 + 0.5 * share(asked, words(entry.question())));
              }
              return new Hit(entry, strength);
            })
        .filter(hit -> hit.strength() > 0)
        .max(
            Comparator.comparingDouble(Hit::strength)
                .thenComparing(h -> "policy".equals(h.entry().type())));
  }

  /** The FAQ (or entry) whose words the message shares most, when it shares most of them. */
  static Optional<Hit> byOverlap(String message, List<KnowledgeView> entries) {
    Set<String> asked = words(message);
    if (asked.size() < 2) {
      return Optional.empty();
    }
    return entries.stream()
        .map(
            entry -> {
              Set<String> theirs =
                  words(entry.question() == null ? entry.topic() : entry.question());
              double both = share(asked, theirs);
              return new Hit(entry, Math.min(both, share(theirs, asked)) * 0.5 + both * 0.5);
            })
        .filter(hit -> hit.strength() >= 0.5)
        .max(Comparator.comparingDouble(Hit::strength));
  }

  /** Similarity of meaning at which an entry answers a message that shares few of its words. */
  static final double SIMILAR = 0.72;

  /** How much nearer than the next entry the answering one must be. */
  static final double MARGIN = 0.05;

  /** The entry whose meaning is clearly nearest the message's, when it is near enough. */
  static Optional<Hit> byMeaning(
      float[] meaning, List<KnowledgeView> entries, Map<UUID, float[]> meanings) {
    Hit best = null;
    double second = 0;
    for (KnowledgeView entry : entries) {
      float[] theirs = meanings.get(entry.id());
      if (theirs == null) {
        continue;
      }
      double similarity = SentenceEncoder.cosine(meaning, theirs);
      if (best == null || similarity > best.strength()) {
        second = best == null ? second : best.strength();
        best = new Hit(entry, similarity);
      } else {
        second = Math.max(second, similarity);
      }
    }
    double runnerUp = second;
    return Optional.ofNullable(best)
        .filter(hit -> hit.strength() >= SIMILAR && hit.strength() - runnerUp >= MARGIN);
  }

  /**
   * The message's content words that the entry does not contain, leaving out the words that only
   * say what kind of question it is ("deliver", "open", "accept"…): what the answer would not
   * cover.
   */
  static Set<String> uncovered(String message, KnowledgeView entry) {
    Set<String> theirs =
        words(
            entry.topic()
                + " "
                + (entry.question() == null ? "" : entry.question())
                + " "
                + entry.content());
    Set<String> left = new HashSet<>(words(message));
    left.removeAll(theirs);
    left.removeAll(GENERIC);
    left.removeIf(word -> word.length() < 3 || word.chars().allMatch(Character::isDigit));
    return left;
  }

  private static final Set<String> GENERIC =
      Set.of(
          ("deliver delivery shipping ship send take long usually often policy policies accept "
                  + "accepted method way ways pay payment payments paying option options return "
                  + "returning exchange item thing product stuff another size open opening close "
                  + "closing time hour hours today what whats where located location address "
                  + "shop store office come visit find contact reach email phone number call "
                  + "custom sizes make made sell offer gift card wrapping nationwide much many "
                  + "fee cost price days working kind type allow allowed possible also still "
                  + "hello hi good morning afternoon evening thank thanks again please pls abeg "
                  + "kindly sir madam dear how does work works anything questions question "
                  + "dey una wetin fit wan am wia now within something exactly")
              .split(" "));

  static boolean mentions(KnowledgeView entry, String word) {
    return words(entry.content() + " " + entry.topic()).contains(word.toLowerCase(Locale.ROOT));
  }

  /** The share of {@code these} words that {@code those} has. */
  private static double share(Set<String> these, Set<String> those) {
    if (these.isEmpty()) {
      return 0;
    }
    return these.stream().filter(those::contains).count() / (double) these.size();
  }

  private static boolean overlaps(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : MessageText.normal(text).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !STOP.contains(word)) {
        words.add(
            word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word);
      }
    }
    return words;
  }
}
