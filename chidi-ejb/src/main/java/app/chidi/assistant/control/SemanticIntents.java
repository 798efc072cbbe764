package app.chidi.assistant.control;

import app.chidi.platform.meaning.SentenceEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a message means, by the exemplar messages its embedding lies nearest to ({@code
 * intent-exemplars.txt}, embedded once on first use). It recognises wording the grammar has never
 * seen: a paraphrased complaint, a question from outside the shop.
 */
final class SemanticIntents {

  /**
   * The nearest intent and how near.
   *
   * @param similarity cosine similarity to that intent's nearest exemplar
   * @param margin how much nearer than the next intent's nearest exemplar
   * @param shop similarity to the nearest exemplar of any question a shop answers, so neither an
   *     off-topic nor an unclear one
   */
  record Guess(Intent intent, double similarity, double margin, double shop) {}

  private record Exemplar(Intent intent, float[] vector) {}

  private static final class Loaded {
    static final List<Exemplar> EXEMPLARS = load();
  }

  private SemanticIntents() {}

  static Guess nearest(float[] meaning) {
    Map<Intent, Double> best = new EnumMap<>(Intent.class);
    for (Exemplar exemplar : Loaded.EXEMPLARS) {
      best.merge(exemplar.intent(), SentenceEncoder.cosine(meaning, exemplar.vector()), Math::max);
    }
    Intent top = Intent.OTHER;
    double first = -1;
    double second = -1;
    double shop = -1;
    for (Map.Entry<Intent, Double> entry : best.entrySet()) {
      double similarity = entry.getValue();
      if (entry.getKey() != Intent.OFF_TOPIC) {
        shop = Math.max(shop, similarity);
      }
      if (similarity > first) {
        second = first;
        first = similarity;
        top = entry.getKey();
      } else if (similarity > second) {
        second = similarity;
      }
    }
    return new Guess(top, first, first - second, shop);
  }

  private static List<Exemplar> load() {
    List<Intent> intents = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    try (var in = SemanticIntents.class.getResourceAsStream("intent-exemplars.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        intents.add(Intent.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
        messages.add(line.substring(colon + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<float[]> vectors = SentenceEncoder.embedAll(messages);
    List<Exemplar> exemplars = new ArrayList<>();
    for (int i = 0; i < intents.size(); i++) {
      exemplars.add(new Exemplar(intents.get(i), vectors.get(i)));
    }
    return List.copyOf(exemplars);
  }
}
