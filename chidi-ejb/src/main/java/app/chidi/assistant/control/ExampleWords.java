package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts of a worked example, built and said: "4 items at 5,000 each (20,000), to Lagos". */
final class ExampleWords {

  private ExampleWords() {}

  @SuppressWarnings("unchecked")
  static RuleContext context(Map<ContextField, Object> facts) {
    BigDecimal items = (BigDecimal) facts.get(ContextField.ITEM_COUNT);
    BigDecimal days = (BigDecimal) facts.get(ContextField.DAYS_SINCE_PURCHASE);
    return new RuleContext(
        items == null ? null : items.intValue(),
        (BigDecimal) facts.get(ContextField.SUBTOTAL),
        (String) facts.get(ContextField.DELIVERY_STATE),
        (String) facts.get(ContextField.DELIVERY_CITY),
        (List<String>) facts.get(ContextField.PRODUCT_CATEGORIES),
        (String) facts.get(ContextField.PRODUCT_NAME),
        (Boolean) facts.get(ContextField.PRODUCT_ON_SALE),
        days == null ? null : days.intValue(),
        (Boolean) facts.get(ContextField.WANTS_RESERVATION));
  }

  static String of(RuleContext c, BigDecimal unitPrice) {
    List<String> words = new ArrayList<>();
    if (c.itemCount() != null
        && c.subtotal() != null
        && c.subtotal().compareTo(unitPrice.multiply(BigDecimal.valueOf(c.itemCount()))) == 0) {
      words.add(
          items(c.itemCount())
              + " at "
              + Amounts.format(unitPrice)
              + " each ("
              + Amounts.format(c.subtotal())
              + ")");
    } else {
      if (c.itemCount() != null) {
        words.add(items(c.itemCount()));
      }
      if (c.subtotal() != null) {
        words.add("an order of " + Amounts.format(c.subtotal()));
      }
    }
    if (c.deliveryCity() != null || c.deliveryState() != null) {
      words.add("delivered to " + String.join(", ", nonNull(c.deliveryCity(), c.deliveryState())));
    }
    if (c.productName() != null) {
      words.add("\"" + c.productName() + "\"");
    }
    if (c.productCategories() != null) {
      words.add("in " + String.join(", ", c.productCategories()));
    }
    if (c.productOnSale() != null) {
      words.add(c.productOnSale() ? "on sale" : "not on sale");
    }
    if (c.daysSincePurchase() != null) {
      words.add("bought " + c.daysSincePurchase() + " days ago");
    }
    if (c.wantsReservation() != null) {
      words.add(c.wantsReservation() ? "the customer asks to reserve" : "no reservation asked");
    }
    return words.isEmpty() ? "Any order" : RuleWording.capitalise(String.join(", ", words));
  }

  private static String items(int count) {
    return count + (count == 1 ? " item" : " items");
  }

  private static List<String> nonNull(String... texts) {
    List<String> list = new ArrayList<>();
    for (String text : texts) {
      if (text != null) {
        list.add(text);
      }
    }
    return list;
  }
}
