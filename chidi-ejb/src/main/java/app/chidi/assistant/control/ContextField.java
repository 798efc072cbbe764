package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The facts a rule condition may look at, with their types and how to say them. */
enum ContextField {
  ITEM_COUNT(FieldType.NUMBER, "the number of items", RuleContext::itemCount),
  SUBTOTAL(FieldType.NUMBER, "the order subtotal", RuleContext::subtotal),
  DELIVERY_STATE(FieldType.STRING, "the delivery state", RuleContext::deliveryState),
  DELIVERY_CITY(FieldType.STRING, "the delivery city", RuleContext::deliveryCity),
  PRODUCT_CATEGORIES(FieldType.LIST, "the product categories", RuleContext::productCategories),
  PRODUCT_NAME(FieldType.STRING, "the product name", RuleContext::productName),
  PRODUCT_ON_SALE(FieldType.BOOLEAN, "the item is on sale", RuleContext::productOnSale),
  DAYS_SINCE_PURCHASE(FieldType.NUMBER, "the days since purchase", RuleContext::daysSincePurchase),
  WANTS_RESERVATION(
      FieldType.BOOLEAN, "the customer asks to reserve", RuleContext::wantsReservation);

  final FieldType type;
  final String words;
  private final Function<RuleContext, Object> reader;

  ContextField(FieldType type, String words, Function<RuleContext, Object> reader) {
    this.type = type;
    this.words = words;
    this.reader = reader;
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The fact in the context, or {@code null} when it is not known. */
  Object valueIn(RuleContext context) {
    return reader.apply(context);
  }

  static Optional<ContextField> of(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
  }

  static String keys() {
    return String.join(", ", Arrays.stream(values()).map(ContextField::key).toList());
  }
}
