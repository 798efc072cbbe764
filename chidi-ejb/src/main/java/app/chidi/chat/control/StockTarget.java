package app.chidi.chat.control;

import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.MatchQuality;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import app.chidi.inventory.boundary.VariantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one variant an owner's words name ("the blue dress in M"), found the way a customer's
 * question is matched, or the question that would settle which.
 */
@ApplicationScoped
public class StockTarget {

  /** The variant found, with its product's name; or, when none is, what to ask. */
  public record Found(UUID productId, String productName, VariantView variant, String question) {

    boolean found() {
      return variant != null;
    }
  }

  @Inject Availability availability;
  @Inject Inventory inventory;

  public Found find(String item) {
    Optional<ProductAvailability> best =
        availability.lookup(item).products().stream()
            .filter(p -> p.quality() != MatchQuality.WEAK)
            .max(Comparator.comparingDouble(ProductAvailability::match));
    if (best.isEmpty()) {
      return ask("I could not find \"" + item + "\" in your inventory. What is it called there?");
    }
    ProductAvailability product = best.get();
    List<VariantAvailability> requested =
        product.variants().stream().filter(VariantAvailability::requested).toList();
    List<VariantAvailability> candidates = requested.isEmpty() ? product.variants() : requested;
    if (candidates.size() != 1) {
      return ask(
          "Which "
              + product.name()
              + ": "
              + candidates.stream().map(VariantAvailability::name).collect(Collectors.joining(", "))
              + "?");
    }
    UUID variantId = candidates.get(0).variantId();
    VariantView variant =
        inventory.product(product.productId()).variants().stream()
            .filter(v -> v.id().equals(variantId))
            .findFirst()
            .orElseThrow();
    return new Found(product.productId(), product.name(), variant, null);
  }

  private static Found ask(String question) {
    return new Found(null, null, null, question);
  }
}
