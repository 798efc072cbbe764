package app.chidi.assistant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts about an order or a customer's question that rules look at. Every fact is optional: a
 * condition on a fact that is not known never holds, so a rule never applies on a guess.
 *
 * @param productCategories the categories of the items asked about or ordered
 * @param productOnSale whether the item (or any item of the order) is on sale
 * @param wantsReservation whether the customer asks to have items held for them
 */
public record RuleContext(
    @Min(0) @Max(100000) Integer itemCount,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal subtotal,
    @Size(max = 100) String deliveryState,
    @Size(max = 100) String deliveryCity,
    @Size(max = 50) List<@NotBlank @Size(max = 100) String> productCategories,
    @Size(max = 255) String productName,
    Boolean productOnSale,
    @Min(0) @Max(36500) Integer daysSincePurchase,
    Boolean wantsReservation) {

  /** No facts at all. */
  public static RuleContext empty() {
    return new RuleContext(null, null, null, null, null, null, null, null, null);
  }
}
