package app.chidi.assistant.control;

import static app.chidi.assistant.control.SampleRules.action;
import static app.chidi.assistant.control.SampleRules.rule;
import static app.chidi.assistant.control.SampleRules.when;

import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleType;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.control.AvailabilityMatcher;
import app.chidi.inventory.control.CatalogueEntry;
import app.chidi.inventory.control.VariantEntry;
import app.chidi.platform.meaning.SentenceEncoder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A demo-like shop held in memory: a catalogue read through the real availability matcher, rules
 * through the real evaluator, and knowledge entries — so the engine is tested the way {@code
 * Assistant} drives it, without a database.
 */
final class DemoShopFixture {

  final List<CatalogueEntry> catalogue = new ArrayList<>();
  final List<BusinessRule> rules = new ArrayList<>();
  final List<KnowledgeView> knowledge = new ArrayList<>();

  /** The knowledge entries' embeddings, computed once each as the knowledge cache does. */
  private final Map<UUID, float[]> meanings = new HashMap<>();

  final LocalEngine engine = new LocalEngine();
  final AvailabilityMatcher matcher =
      new AvailabilityMatcher(new app.chidi.inventory.control.ProductMeanings());
  final RuleEvaluator evaluator = new RuleEvaluator();
  double threshold = 0.8;

  static DemoShopFixture demo() {
    DemoShopFixture shop = new DemoShopFixture();
    shop.product(
        "Blue Summer Dress",
        "Light cotton dress",
        "dresses",
        "15000",
        variant("S", "15000", 10, 3, Map.of("size", "s", "colour", "blue")),
        variant("M", "15000", 2, 3, Map.of("size", "m", "colour", "blue")),
        variant("L", "15000", 0, 3, Map.of("size", "l", "colour", "blue")));
    shop.product(
        "Red Ankara Dress",
        "Ankara print midi dress",
        "dresses",
        "18000",
        variant("M", "18000", 5, 2, Map.of("size", "m", "colour", "red")),
        variant("L", "18000", 8, 2, Map.of("size", "l", "colour", "red")));
    shop.product(
        "Black Leather Bag",
        "Genuine leather handbag",
        "bags",
        "25000",
        variant("One size", "25000", 0, 2, Map.of()));
    shop.product(
        "Brown Tote Bag",
        "Roomy canvas tote",
        "bags",
        "12000",
        variant("One size", "12000", 20, 2, Map.of()));
    shop.product(
        "White Sneakers",
        "Canvas sneakers",
        "shoes",
        "22000",
        variant("40", "22000", 6, 2, Map.of("size", "40")),
        variant("42", "22000", 6, 2, Map.of("size", "42")));
    shop.product(
        "Men's Kaftan",
        "Embroidered kaftan for men",
        "men",
        "20000",
        variant("M", "20000", 9, 2, Map.of("size", "m")),
        variant("XL", "20000", 9, 2, Map.of("size", "xl")));
    shop.product(
        "Gold Hoop Earrings",
        "Gold plated hoops",
        "accessories",
        "5000",
        variant("One size", "5000", 1, 3, Map.of()));
    shop.product(
        "Silk Head Wrap",
        "Silk gele head wrap",
        "accessories",
        "4500",
        variant("One size", "4500", 0, 3, Map.of()));
    shop.product(
        "Classic Cotton Shirt",
        "Button-down shirt",
        "shirts",
        "9000",
        variant("M", "9000", 7, 2, Map.of("size", "m")));
    shop.product(
        "Classic Linen Shirt",
        "Button-down shirt",
        "shirts",
        "11000",
        variant("M", "11000", 7, 2, Map.of("size", "m")));

    shop.rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "2000"),
            null,
            when("delivery_state", "eq", "\"Lagos\"")));
    shop.rules.add(
        rule(
            RuleType.SHIPPING,
            10,
            action("free_shipping", null),
            null,
            when("delivery_state", "eq", "\"Lagos\""),
            when("subtotal", "gt", "50000")));
    shop.rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "3500"),
            null,
            when("delivery_state", "eq", "\"FCT\"")));
    shop.rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "4500"),
            null,
            when("delivery_state", "in", "[\"Rivers\", \"Oyo\", \"Enugu\", \"Kano\"]")));
    shop.rules.add(
        rule(
            RuleType.PRICING,
            5,
            action("percent_discount", "10"),
            null,
            when("item_count", "gt", "3")));
    shop.rules.add(rule(RuleType.RETURNS, 5, action("return_window", "14"), null));
    shop.rules.add(
        rule(
            RuleType.RETURNS,
            10,
            action("no_returns", null),
            null,
            when("product_on_sale", "eq", "true")));

    shop.policy(
        "shipping",
        "We deliver nationwide in 2 to 5 working days. Lagos orders arrive in 1 to 2 days.");
    shop.policy(
        "returns",
        "You can return or exchange unworn items within 14 days of delivery. Sale items cannot be returned.");
    shop.policy("payment", "We accept bank transfer, card payments, and pay on delivery in Lagos.");
    shop.policy(
        "opening hours", "We are open Monday to Saturday, 9am to 6pm. We are closed on Sundays.");
    shop.policy("location", "Our shop is at 12 Admiralty Way, Lekki Phase 1, Lagos.");
    shop.policy("contact", "You can reach us here on WhatsApp or by email at hello@demoshop.ng.");
    shop.faq(
        "custom sizes",
        "Do you make custom sizes?",
        "Yes, we make custom sizes for dresses and kaftans. It takes 7 days.");
    shop.faq("gift cards", "Do you sell gift cards?", "Not yet, but we hope to soon.");
    shop.faq(
        "gift wrapping", "Do you offer gift wrapping?", "Yes, gift wrapping is free on request.");
    return shop;
  }

  static VariantEntry variant(
      String name, String price, int stock, int low, Map<String, String> attributes) {
    return new VariantEntry(
        UUID.randomUUID(), name, name.toUpperCase(), new BigDecimal(price), stock, low, attributes);
  }

  void product(
      String name, String description, String category, String price, VariantEntry... variants) {
    catalogue.add(
        new CatalogueEntry(
            UUID.randomUUID(),
            name,
            description,
            category,
            new BigDecimal(price),
            "NGN",
            List.of(variants)));
  }

  void policy(String topic, String content) {
    knowledge.add(
        new KnowledgeView(
            UUID.randomUUID(),
            "policy",
            topic,
            null,
            content,
            OffsetDateTime.now(),
            OffsetDateTime.now()));
  }

  void faq(String topic, String question, String content) {
    knowledge.add(
        new KnowledgeView(
            UUID.randomUUID(),
            "faq",
            topic,
            question,
            content,
            OffsetDateTime.now(),
            OffsetDateTime.now()));
  }

  Reply reply(String text) {
    return reply(CustomerMessage.of(text));
  }

  /** What {@code Assistant.reply} does, with the lookups done in memory. */
  Reply reply(CustomerMessage message) {
    Understanding understanding = engine.understand(message);
    AvailabilityAnswer found =
        understanding.needsCatalogue() && !understanding.productWords().isBlank()
            ? matcher.answer(
                understanding.productWords(),
                catalogue,
                category -> catalogue.stream().filter(c -> category.equals(c.category())).toList())
            : null;
    Evaluation evaluation =
        understanding.needsRules()
            ? evaluator.evaluate(rules, engine.ruleContext(understanding, found))
            : null;
    List<KnowledgeView> entries = understanding.needsKnowledge() ? knowledge : List.of();
    for (KnowledgeView entry : entries) {
      meanings.computeIfAbsent(
          entry.id(), id -> SentenceEncoder.embed(KnowledgeMeaning.text(entry)));
    }
    List<RuleView> offers =
        understanding.needsOffers()
            ? rules.stream()
                .filter(rule -> rule.active() && rule.type() == RuleType.PRICING)
                .map(rule -> RuleView.of(rule, RuleWording.summary(rule), null))
                .toList()
            : List.of();
    return engine.compose(
        understanding,
        new Grounding(found, evaluation, entries, meanings, offers, "NGN"),
        threshold);
  }
}
