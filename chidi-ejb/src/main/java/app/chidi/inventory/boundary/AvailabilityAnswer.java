package app.chidi.inventory.boundary;

import java.util.List;

/**
 * What the catalogue says about a customer's question.
 *
 * @param query the question as asked
 * @param products the matching products, best match first; empty when nothing matches
 */
public record AvailabilityAnswer(String query, List<ProductAvailability> products) {

  public AvailabilityAnswer {
    products = List.copyOf(products);
  }
}
