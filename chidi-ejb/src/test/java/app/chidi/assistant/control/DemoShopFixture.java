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
import app.chidi.inventory.control.CatalogueCsv;
import app.chidi.inventory.control.CatalogueEntry;
import app.chidi.inventory.control.CsvRow;
import app.chidi.inventory.control.CsvTable;
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

    shop.teach();
    return shop;
  }

  static VariantEntry variant(
      String name, String price, int stock, int low, Map<String, String> attributes) {
    return new VariantEntry(
        UUID.randomUUID(), name, name.toUpperCase(), new BigDecimal(price), stock, low, attributes);
  }

  /**
   * The seeded demo shop (DemoShop at start-up): its catalogue read from the very CSV the launcher
   * imports ({@code demo-catalogue.csv}, thirty products) and the same rules and knowledge.
   */
  static DemoShopFixture seeded() {
    DemoShopFixture shop = new DemoShopFixture();
    byte[] csv;
    try (var in =
        DemoShopFixture.class.getResourceAsStream(
            "/app/chidi/inventory/boundary/demo-catalogue.csv")) {
      csv = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CsvTable table = new CatalogueCsv().read(csv);
    Map<String, List<CsvRow>> products = new java.util.LinkedHashMap<>();
    table
        .rows()
        .forEach(
            row -> products.computeIfAbsent(row.cells().get(0), h -> new ArrayList<>()).add(row));
    products
        .values()
        .forEach(
            rows -> {
              List<String> first = rows.get(0).cells();
              shop.product(
                  first.get(1),
                  first.get(2),
                  first.get(3),
                  first.get(4),
                  rows.stream()
                      .map(CsvRow::cells)
                      .map(
                          c -> {
                            Map<String, String> attributes = new java.util.LinkedHashMap<>();
                            if (!c.get(9).isBlank()) {
                              attributes.put("size", c.get(9));
                            }
                            if (c.size() > 10 && !c.get(10).isBlank()) {
                              attributes.put("colour", c.get(10));
                            }
                            return new VariantEntry(
                                UUID.randomUUID(),
                                String.join(" / ", attributes.values()),
                                c.get(5),
                                new BigDecimal(c.get(6)),
                                Integer.parseInt(c.get(7)),
                                Integer.parseInt(c.get(8)),
                                attributes);
                          })
                      .toArray(VariantEntry[]::new));
            });
    shop.teach();
    return shop;
  }

  /** The demo shop's rules and knowledge, as DemoAssistant teaches them. */
  private void teach() {
    rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "2000"),
            null,
            when("delivery_state", "eq", "\"Lagos\"")));
    rules.add(
        rule(
            RuleType.SHIPPING,
            10,
            action("free_shipping", null),
            null,
            when("delivery_state", "eq", "\"Lagos\""),
            when("subtotal", "gt", "50000")));
    rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "3500"),
            null,
            when("delivery_state", "eq", "\"FCT\"")));
    rules.add(
        rule(
            RuleType.SHIPPING,
            5,
            action("shipping_fee", "4500"),
            null,
            when("delivery_state", "in", "[\"Rivers\", \"Oyo\", \"Enugu\", \"Kano\"]")));
    rules.add(
        rule(
            RuleType.PRICING,
            5,
            action("percent_discount", "10"),
            null,
            when("item_count", "gt", "3")));
    rules.add(rule(RuleType.RETURNS, 5, action("return_window", "14"), null));
    rules.add(
        rule(
            RuleType.RETURNS,
            10,
            action("no_returns", null),
            null,
            when("product_on_sale", "eq", "true")));

    policy(
        "shipping",
        "We deliver nationwide in 2 to 5 working days. Lagos orders arrive in 1 to 2 days.");
    policy(
        "returns",
        "You can return or exchange unworn items within 14 days of delivery. Sale items cannot be returned.");
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
    Understanding understood = engine.understand(message);
    AvailabilityAnswer found =
        understood.needsCatalogue() && !understood.productWords().isBlank()
            ? matcher.answer(
                understood.productWords(),
                catalogue,
                category -> catalogue.stream().filter(c -> category.equals(c.category())).toList())
            : null;
    Understanding understanding = engine.withProductNamed(understood, found);
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
