package app.chidi.assistant.control;

import app.chidi.assistant.boundary.AskedProduct;
import app.chidi.assistant.boundary.UsedFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the tools told a language model during one answer: every call with its arguments and
 * result, the ids and product names they returned, the money amounts they computed and their words,
 * which is what the model's answer may rest on ({@link AnswerCheck}).
 */
public final class ToolFindings {

  /** One tool call as the model made it and what CHIDI answered. */
  public record Call(String tool, String arguments, String result) {}

  final List<Call> calls = new ArrayList<>();
  final Set<UUID> rules = new LinkedHashSet<>();
  final Set<UUID> products = new LinkedHashSet<>();
  final Map<UUID, UUID> variants = new LinkedHashMap<>();
  final Set<UUID> knowledge = new LinkedHashSet<>();
  final Map<String, UUID> productNames = new LinkedHashMap<>();
  final Map<UUID, AskedProduct> asked = new LinkedHashMap<>();
  final List<BigDecimal> amounts = new ArrayList<>();
  final StringBuilder words = new StringBuilder();
  int errors;

  void product(UUID id, String name) {
    products.add(id);
    productNames.put(name, id);
  }

  /** The product a tool looked up for the customer (not an alternative CHIDI offered). */
  void asked(UUID productId, String name, boolean available) {
    asked.putIfAbsent(productId, new AskedProduct(productId, name, available));
  }

  /** The products the customer asked about, in the order the tools looked them up. */
  List<AskedProduct> asked() {
    return List.copyOf(asked.values());
  }

  void variant(UUID productId, UUID variantId) {
    variants.put(variantId, productId);
  }

  void amount(BigDecimal amount) {
    if (amount != null) {
      amounts.add(amount);
    }
  }

  /** Text from the shop's facts (policies, rule effects) that may back a promise. */
  void words(String text) {
    if (text != null) {
      words.append(' ').append(text);
    }
  }

  void record(Call call) {
    calls.add(call);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Whether any tool returned a fact of the shop. */
  boolean grounded() {
    return !products.isEmpty() || !rules.isEmpty() || !knowledge.isEmpty();
  }

  boolean knowsAmount(BigDecimal amount) {
    return amounts.stream().anyMatch(known -> known.compareTo(amount) == 0);
  }

  /**
   * The facts {@code answer} rests on: the products (and their variants) it names, the rules and
   * the knowledge the tools returned.
   */
  UsedFacts used(String answer) {
    String text = answer.toLowerCase(Locale.ROOT);
    Set<UUID> named = new LinkedHashSet<>();
    productNames.forEach(
        (name, id) -> {
          if (text.contains(name.toLowerCase(Locale.ROOT))) {
            named.add(id);
          }
        });
    List<UUID> namedVariants =
        variants.entrySet().stream()
            .filter(e -> named.contains(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    return new UsedFacts(
        List.copyOf(rules), List.copyOf(named), namedVariants, List.copyOf(knowledge));
  }
}
