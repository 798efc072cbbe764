package app.chidi.inventory.control;

import app.chidi.platform.meaning.SentenceEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Products by meaning: how near a customer's words are to each product's name, category and
 * description, with sentence embeddings computed in process. A product's embedding is computed once
 * for its text and kept in memory (the most recently used {@value #KEPT}), so a renamed or
 * re-described product is embedded again on its next lookup.
 */
@ApplicationScoped
public class ProductMeanings {

  /** How many product embeddings are kept: 384 floats each, about 30 MB in all. */
  static final int KEPT = 20_000;

  /** How much of a description counts; the name and category say most. */
  static final int DESCRIPTION = 300;

  private record Meaning(String text, float[] vector) {}

  private final Map<UUID, Meaning> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Meaning> eldest) {
              return size() > KEPT;
            }
          });

  /** What a product is, in the words its embedding is made of. */
  public static String text(String name, String category, String description) {
    StringBuilder text = new StringBuilder(name);
    if (category != null && !category.isBlank()) {
      text.append(". ").append(category);
    }
    if (description != null && !description.isBlank()) {
      text.append(". ")
          .append(
              description.length() > DESCRIPTION
                  ? description.substring(0, DESCRIPTION)
                  : description);
    }
    return text.toString();
  }

  /**
   * The cosine similarity of {@code question} to each product.
   *
   * @param products each product's {@link #text}, by id
   */
  public Map<UUID, Double> similarity(String question, Map<UUID, String> products) {
    if (products.isEmpty() || question.isBlank()) {
      return Map.of();
    }
    Map<UUID, float[]> vectors = vectors(products);
    float[] meaning = SentenceEncoder.embed(question);
    Map<UUID, Double> similarity = new HashMap<>();
    vectors.forEach((id, vector) -> similarity.put(id, SentenceEncoder.cosine(meaning, vector)));
    return similarity;
  }

  private Map<UUID, float[]> vectors(Map<UUID, String> products) {
    Map<UUID, float[]> vectors = new HashMap<>();
    List<UUID> missing = new ArrayList<>();
    products.forEach(
        (id, text) -> {
          Meaning known = kept.get(id);
          if (known != null && known.text().equals(text)) {
            vectors.put(id, known.vector());
          } else {
            missing.add(id);
          }
        });
    if (!missing.isEmpty()) {
      List<float[]> computed =
          SentenceEncoder.embedAll(missing.stream().map(products::get).toList());
      for (int i = 0; i < missing.size(); i++) {
        UUID id = missing.get(i);
        kept.put(id, new Meaning(products.get(id), computed.get(i)));
        vectors.put(id, computed.get(i));
      }
    }
    return vectors;
  }
}
