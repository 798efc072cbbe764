package app.chidi.assistant.boundary;

import java.util.List;
import java.util.UUID;

/** The rules, products, variants and knowledge entries a reply is grounded in. */
public record UsedFacts(
    List<UUID> rules, List<UUID> products, List<UUID> variants, List<UUID> knowledge) {

  public UsedFacts {
    rules = List.copyOf(rules);
    products = List.copyOf(products);
    variants = List.copyOf(variants);
    knowledge = List.copyOf(knowledge);
  }

  public static UsedFacts none() {
    return new UsedFacts(List.of(), List.of(), List.of(), List.of());
  }
}
