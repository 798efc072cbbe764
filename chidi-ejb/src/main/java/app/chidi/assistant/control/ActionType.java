package app.chidi.assistant.control;

import app.chidi.assistant.entity.RuleType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a rule can do, the rule type it belongs to, and the value it takes. */
enum ActionType {
  PERCENT_DISCOUNT(RuleType.PRICING, Value.PERCENT, "Percentage off the order"),
  FIXED_DISCOUNT(RuleType.PRICING, Value.MONEY, "Amount off the order"),
  FREE_SHIPPING(RuleType.SHIPPING, Value.NONE, "Free delivery"),
  SHIPPING_FEE(RuleType.SHIPPING, Value.MONEY_OR_ZERO, "Delivery fee"),
  RETURN_WINDOW(RuleType.RETURNS, Value.DAYS, "Returns accepted for some days"),
  NO_RETURNS(RuleType.RETURNS, Value.NONE, "No returns"),
  RESERVE(RuleType.AVAILABILITY, Value.HOURS, "Items reserved for some hours");

  /** The value an action takes, with its bounds. */
  enum Value {
    NONE(null, null, false, "takes no value"),
    PERCENT("0.01", "100", false, "must be a percentage above 0 and at most 100"),
    MONEY("0.01", "9999999999.99", false, "must be an amount above 0 with at most 2 decimals"),
    MONEY_OR_ZERO("0", "9999999999.99", false, "must be an amount of 0 or more, 2 decimals"),
    DAYS("1", "365", true, "must be a whole number of days from 1 to 365"),
    HOURS("1", "720", true, "must be a whole number of hours from 1 to 720");

    final BigDecimal min;
    final BigDecimal max;
    final boolean whole;
    final String rule;

    Value(String min, String max, boolean whole, String rule) {
      this.min = min == null ? null : new BigDecimal(min);
      this.max = max == null ? null : new BigDecimal(max);
      this.whole = whole;
      this.rule = rule;
    }

    boolean accepts(BigDecimal value) {
      return value.compareTo(min) >= 0
          && value.compareTo(max) <= 0
          && value.stripTrailingZeros().scale() <= (whole ? 0 : 2);
    }
  }

  final RuleType ruleType;
  final Value value;
  final String words;

  ActionType(RuleType ruleType, Value value, String words) {
    this.ruleType = ruleType;
    this.value = value;
    this.words = words;
  }

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ActionType> of(String key) {
    return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
  }

  static String keysFor(RuleType type) {
    return String.join(
        " or ",
        Arrays.stream(values()).filter(a -> a.ruleType == type).map(ActionType::key).toList());
  }
}
