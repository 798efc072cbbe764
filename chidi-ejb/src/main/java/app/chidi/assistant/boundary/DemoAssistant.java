package app.chidi.assistant.boundary;

import app.chidi.platform.json.CachedJson;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the demo shop has taught CHIDI: its policies, a few FAQs and the rules an owner of a small
 * Lagos clothing shop would set — delivery fees by state, free delivery in Lagos over 50,000, 10 %
 * off more than three items, 14-day returns except sale items. Saved through the same use cases as
 * the owner's own, so the preview answers well out of the box.
 */
@Stateless
@Tenanted
public class DemoAssistant {

  @Inject Rules rules;
  @Inject Knowledge knowledge;

  /** Teaches the demo business, in the caller's transaction. */
  public void seed(UUID businessId) {
    TenantContext.runAs(Tenant.business(businessId), this::teach);
  }

  private void teach() {
    rule(
        "shipping",
        "Lagos delivery",
        5,
        "shipping_fee",
        money("2000"),
        when("delivery_state", "eq", CachedJson.createValue("Lagos")));
    rule(
        "shipping",
        "Free delivery in Lagos over 50,000",
        10,
        "free_shipping",
        null,
        when("delivery_state", "eq", CachedJson.createValue("Lagos")),
        when("subtotal", "gt", money("50000")));
    rule(
        "shipping",
        "Abuja delivery",
        5,
        "shipping_fee",
        money("3500"),
        when("delivery_state", "eq", CachedJson.createValue("FCT")));
    rule(
        "shipping",
        "Delivery to other big cities",
        5,
        "shipping_fee",
        money("4500"),
        when(
            "delivery_state",
            "in",
            CachedJson.createArrayBuilder()
                .add("Rivers")
                .add("Oyo")
                .add("Enugu")
                .add("Kano")
                .build()));
    rule(
        "pricing",
        "10% off more than 3 items",
        5,
        "percent_discount",
        money("10"),
        when("item_count", "gt", CachedJson.createValue(3)));
    rule("returns", "Returns within 14 days", 5, "return_window", CachedJson.createValue(14));
    rule(
        "returns",
        "No returns on sale items",
        10,
        "no_returns",
        null,
        when("product_on_sale", "eq", JsonValue.TRUE));

    policy(
        "shipping",
        "We deliver nationwide in 2 to 5 working days. Lagos orders arrive in 1 to 2 days.");
    policy(
        "returns",
        "You can return or exchange unworn items within 14 days of delivery."
            + " Sale items cannot be returned.");
    policy("payment", "We accept bank transfer, card payments, and pay on delivery in Lagos.");
    policy(
        "opening hours", "We are open Monday to Saturday, 9am to 6pm. We are closed on Sundays.");
    policy("location", "Our shop is at 12 Admiralty Way, Lekki Phase 1, Lagos.");
    policy("contact", "You can reach us here on WhatsApp or by email at hello@demoshop.ng.");
    faq(
        "custom sizes",
        "Do you make custom sizes?",
        "Yes, we make custom sizes for dresses and kaftans. It takes 7 days.");
    faq("gift cards", "Do you sell gift cards?", "Not yet, but we hope to soon.");
    faq("gift wrapping", "Do you offer gift wrapping?", "Yes, gift wrapping is free on request.");
  }

  private void rule(
      String type,
      String name,
      int priority,
      String action,
      JsonValue value,
      ConditionForm... conditions) {
    rules.create(
        new RuleForm(
            type,
            name,
            null,
            List.of(conditions),
            List.of(new ActionForm(action, value)),
            null,
            priority,
            true));
  }

  private void policy(String topic, String content) {
    knowledge.create(new KnowledgeForm("policy", topic, null, content));
  }

  private void faq(String topic, String question, String answer) {
    knowledge.create(new KnowledgeForm("faq", topic, question, answer));
  }

  private static ConditionForm when(String field, String operator, JsonValue value) {
    return new ConditionForm(field, operator, value);
  }

  private static JsonValue money(String amount) {
    return CachedJson.createValue(new BigDecimal(amount));
  }
}
