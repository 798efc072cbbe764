package app.chidi.assistant.control;

import app.chidi.assistant.boundary.AppliedRule;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleAction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one evaluation, as the applying rules (at most one per type) set them. */
final class Tally {

  final RuleContext context;
  final BigDecimal subtotal;
  BigDecimal discount;
  BigDecimal fee;
  Integer windowDays;
  Boolean returnable;
  Integer reservationHours;
  final List<AppliedRule> applied = new ArrayList<>();
  final Map<BusinessRule, Map<String, String>> figures = new HashMap<>();

  Tally(RuleContext context) {
    this.context = context;
    this.subtotal = context.subtotal() == null ? null : Amounts.money(context.subtotal());
  }

  void apply(BusinessRule rule) {
    Map<String, String> own = new HashMap<>();
    figures.put(rule, own);
    if (rule.actions().isEmpty()) {
      record(rule, "reply", null, "replies with its template", own);
      return;
    }
    RuleAction action = rule.actions().get(0);
    BigDecimal value = action.value();
    switch (ActionType.of(action.type()).orElseThrow()) {
      case PERCENT_DISCOUNT -> {
        discount = subtotal == null ? null : Amounts.percentOf(subtotal, value);
        own.put("percent", Amounts.plain(value));
        record(rule, action.type(), discount, Amounts.plain(value) + "% off" + ofSubtotal(), own);
      }
      case FIXED_DISCOUNT -> {
        discount = subtotal == null ? Amounts.money(value) : Amounts.money(value.min(subtotal));
        record(rule, action.type(), discount, Amounts.format(discount) + " off", own);
      }
      case FREE_SHIPPING -> {
        fee = Amounts.money(BigDecimal.ZERO);
        record(rule, action.type(), fee, "free delivery", own);
      }
      case SHIPPING_FEE -> {
        fee = Amounts.money(value);
        record(rule, action.type(), fee, "delivery costs " + Amounts.format(fee), own);
      }
      case RETURN_WINDOW -> returnWindow(rule, action, own);
      case NO_RETURNS -> {
        returnable = Boolean.FALSE;
        record(rule, action.type(), null, "no returns", own);
      }
      case RESERVE -> {
        reservationHours = value.intValue();
        own.put("hours", Amounts.plain(value));
        record(
            rule,
            action.type(),
            value,
            "items can be reserved for " + value.intValue() + " hours",
            own);
      }
    }
  }

  private void returnWindow(BusinessRule rule, RuleAction action, Map<String, String> own) {
    windowDays = action.value().intValue();
    own.put("days", String.valueOf(windowDays));
    Integer days = context.daysSincePurchase();
    String effect = "returns accepted within " + windowDays + " days";
    if (days != null) {
      returnable = days <= windowDays;
      effect +=
          returnable
              ? " (bought " + days + " days ago: can be returned)"
              : " (bought " + days + " days ago: too late to return)";
    }
    record(rule, action.type(), action.value(), effect, own);
  }

  private String ofSubtotal() {
    return discount == null
        ? ""
        : ": " + Amounts.format(discount) + " off " + Amounts.format(subtotal);
  }

  private void record(
      BusinessRule rule, String action, BigDecimal amount, String effect, Map<String, String> own) {
    if (amount != null) {
      own.put(
          "amount",
          action.equals("reserve") || action.equals("return_window")
              ? Amounts.plain(amount)
              : Amounts.format(amount));
    }
    String why =
        rule.conditions().isEmpty() ? "" : ", because " + RuleWording.conditions(rule.conditions());
    applied.add(
        new AppliedRule(
            rule.id(),
            rule.name(),
            rule.type().name().toLowerCase(Locale.ROOT),
            action,
            amount,
            "'" + rule.name() + "': " + effect + why));
  }

  /** Subtotal minus discount plus delivery, when the subtotal is known. */
  BigDecimal total() {
    if (subtotal == null) {
      return null;
    }
    BigDecimal total = subtotal;
    if (discount != null) {
      total = total.subtract(discount);
    }
    if (fee != null) {
      total = total.add(fee);
    }
    return Amounts.money(total);
  }

  /** Figures every template may use. */
  Map<String, String> shared() {
    Map<String, String> shared = new HashMap<>();
    put(shared, "subtotal", subtotal);
    put(shared, "discount", discount);
    put(shared, "fee", fee);
    put(shared, "total", total());
    return shared;
  }

  private static void put(Map<String, String> figures, String name, BigDecimal amount) {
    if (amount != null) {
      figures.put(name, Amounts.format(amount));
    }
  }
}
