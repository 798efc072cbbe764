package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import app.chidi.inventory.entity.StockStatus;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The JSON a language model reads from the availability and price tools. Money is given as the
 * customer should read it ("₦15,000"); stock only as a status. Every product, variant and amount
 * written is noted in the {@link ToolFindings}.
 */
final class ToolResults {

  private static final int MOST_PRODUCTS = 3;

  private ToolResults() {}

  static JsonObjectBuilder availability(
      AvailabilityAnswer answer, String currency, ToolFindings findings) {
    JsonArrayBuilder products = CachedJson.createArrayBuilder();
    answer.products().stream()
        .findFirst()
        .ifPresent(
            p -> findings.asked(p.productId(), p.name(), p.status() != StockStatus.OUT_OF_STOCK));
    answer.products().stream()
        .limit(MOST_PRODUCTS)
        .forEach(p -> products.add(product(p, currency, findings)));
    return CachedJson.createObjectBuilder()
        .add("found", !answer.products().isEmpty())
        .add("products", products);
  }

  private static JsonObjectBuilder product(
      ProductAvailability product, String currency, ToolFindings findings) {
    findings.product(product.productId(), product.name());
    JsonArrayBuilder options = CachedJson.createArrayBuilder();
    for (VariantAvailability variant : product.variants()) {
      findings.variant(product.productId(), variant.variantId());
      JsonObjectBuilder option = CachedJson.createObjectBuilder();
      variant.attributes().forEach(option::add);
      options.add(
          option
              .add("status", status(variant.status()))
              .add("price", money(variant.price(), currency, findings)));
    }
    JsonArrayBuilder alternatives = CachedJson.createArrayBuilder();
    for (Alternative alternative : product.alternatives()) {
      findings.product(alternative.productId(), alternative.name());
      alternatives.add(
          CachedJson.createObjectBuilder()
              .add("name", alternative.name())
              .add("status", status(alternative.status()))
              .add("price", money(alternative.price(), currency, findings)));
    }
    return CachedJson.createObjectBuilder()
        .add("name", product.name())
        .add("match", product.quality().name().toLowerCase(Locale.ROOT))
        .add("status", status(product.status()))
        .add("price", money(product.price(), currency, findings))
        .add("options", options)
        .add("alternatives", alternatives);
  }

  static JsonObjectBuilder quote(
      ProductAvailability product,
      int quantity,
      Evaluation evaluation,
      String currency,
      ToolFindings findings) {
    JsonObjectBuilder quote =
        CachedJson.createObjectBuilder()
            .add("product", product.name())
            .add("status", status(product.status()))
            .add("unit_price", money(product.price(), currency, findings))
            .add("quantity", quantity)
            .add("subtotal", money(evaluation.subtotal(), currency, findings));
    if (evaluation.discount() != null && evaluation.discount().signum() > 0) {
      quote.add("discount", money(evaluation.discount(), currency, findings));
      findings.words("discount");
    }
    if (evaluation.shippingFee() != null) {
      quote.add("delivery_fee", money(evaluation.shippingFee(), currency, findings));
      if (evaluation.shippingFee().signum() == 0) {
        findings.words("free delivery");
      }
    }
    if (evaluation.total() != null) {
      quote.add("total", money(evaluation.total(), currency, findings));
    }
    JsonArrayBuilder applied = CachedJson.createArrayBuilder();
    evaluation.applied().forEach(rule -> applied.add(rule.effect()));
    return quote.add("rules_applied", applied);
  }

  private static String money(BigDecimal amount, String currency, ToolFindings findings) {
    if (amount == null) {
      return "unknown";
    }
    findings.amount(amount);
    return Money.format(amount, currency);
  }

  private static String status(StockStatus status) {
    return switch (status) {
      case AVAILABLE -> "available";
      case LOW_STOCK -> "only a few left";
      case OUT_OF_STOCK -> "out of stock";
    };
  }
}
