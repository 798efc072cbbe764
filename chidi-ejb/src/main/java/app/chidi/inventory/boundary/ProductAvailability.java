package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.StockStatus;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One product that matches a question, and whether the customer can have it.
 *
 * @param match how well the product matches the question, from 0 (not at all) to 1
 * @param status the best status among the variants the question asks for (for example blue in size
 *     M), or among all variants when the question names no variant attribute; {@link
 *     StockStatus#OUT_OF_STOCK} when the asked-for combination does not exist
 * @param price the lowest price among the variants the status is taken from (all variants when the
 *     asked-for combination does not exist), counting only those that can be bought when any can
 * @param variants every variant of the product, those the question asks for marked {@link
 *     VariantAvailability#requested()}
 * @param alternatives other products of the same category that can be bought, only when this one is
 *     out of stock
 */
public record ProductAvailability(
    UUID productId,
    String name,
    String category,
    double match,
    @JsonbTypeAdapter(MatchQualityJson.class) MatchQuality quality,
    @JsonbTypeAdapter(StockStatusJson.class) StockStatus status,
    BigDecimal price,
    String currency,
    List<VariantAvailability> variants,
    List<Alternative> alternatives) {

  public ProductAvailability {
    variants = List.copyOf(variants);
    alternatives = List.copyOf(alternatives);
  }
}
