package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import app.chidi.assistant.entity.RuleType;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Rules and contexts for the tests, written the way the owner would teach them. */
final class SampleRules {

  static final UUID BUSINESS = UUID.randomUUID();
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-01-01T00:00:00Z");
  private static int sequence;

  private SampleRules() {}

  static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader("[" + text + "]"))) {
      return reader.readArray().get(0);
    }
  }

  static RuleCondition when(String field, String operator, String valueJson) {
    return new RuleCondition(field, operator, json(valueJson));
  }

  static BusinessRule rule(
      RuleType type, int priority, RuleAction action, String template, RuleCondition... when) {
    BusinessRule rule = new BusinessRule(BUSINESS, T0.plusMinutes(sequence++));
    rule.describe(type, type.name().toLowerCase() + " " + sequence, null);
    rule.define(List.of(when), action == null ? List.of() : List.of(action), template, priority);
    return rule;
  }

  static RuleAction action(String type, String value) {
    return new RuleAction(type, value == null ? null : new BigDecimal(value));
  }

  /** "More than 3 items, 10% off." */
  static BusinessRule bulkDiscount() {
    return rule(
        RuleType.PRICING, 0, action("percent_discount", "10"), null, when("item_count", "gt", "3"));
  }

  static Context context() {
    return new Context();
  }

  /** A builder of contexts, since most tests set one or two facts. */
  static final class Context {
    Integer items;
    BigDecimal subtotal;
    String state;
    String city;
    List<String> categories;
    String product;
    Boolean onSale;
    Integer days;
    Boolean reserve;

    Context items(int n) {
      items = n;
      return this;
    }

    Context subtotal(String amount) {
      subtotal = new BigDecimal(amount);
      return this;
    }

    Context state(String s) {
      state = s;
      return this;
    }

    Context city(String c) {
      city = c;
      return this;
    }

    Context categories(String... c) {
      categories = List.of(c);
      return this;
    }

    Context product(String p) {
      product = p;
      return this;
    }

    Context onSale(boolean b) {
      onSale = b;
      return this;
    }

    Context days(int d) {
      days = d;
      return this;
    }

    Context reserve(boolean b) {
      reserve = b;
      return this;
    }

    RuleContext build() {
      return new RuleContext(
          items, subtotal, state, city, categories, product, onSale, days, reserve);
    }
  }
}
