package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.StockStatus;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product of the same category to offer instead of one that is out of stock.
 *
 * @param price the lowest price among its variants that can be bought
 * @param status its best variant status, never {@link StockStatus#OUT_OF_STOCK}
 */
public record Alternative(
    UUID productId,
    String name,
    BigDecimal price,
    @JsonbTypeAdapter(StockStatusJson.class) StockStatus status) {}
