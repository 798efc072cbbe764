package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.StockStatus;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One variant of a matching product.
 *
 * @param attributes what sets the variant apart, for example size and colour, sorted by name
 * @param requested whether its attributes are the ones the question asks for
 */
public record VariantAvailability(
    UUID variantId,
    String name,
    Map<String, String> attributes,
    BigDecimal price,
    @JsonbTypeAdapter(StockStatusJson.class) StockStatus status,
    boolean requested) {

  public VariantAvailability {
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }
}
