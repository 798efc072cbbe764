package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.boundary.Rules;
import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.inventory.control.CatalogueEntry;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The language model engines wired by hand over a {@link DemoShopFixture}, talking to stubs: what
 * CDI wires in the server, without Fault Tolerance (the Arquillian test covers that).
 */
final class DemoShopModels {

  final DemoShopFixture shop = DemoShopFixture.demo();
  final LanguageModels models = new LanguageModels();
  final OpenAiEngine openAi = new OpenAiEngine();
  final AnthropicEngine anthropic = new AnthropicEngine();
  final ChatModels chatModels = new ChatModels();

  DemoShopModels(String openAiUrl, String anthropicUrl, long timeoutMs) {
    chatModels.openAiKey = Optional.ofNullable(openAiUrl).map(url -> ModelStub.API_KEY);
    chatModels.openAiUrl = openAiUrl;
    chatModels.openAiModel = "gpt-4o-mini";
    chatModels.anthropicKey = Optional.ofNullable(anthropicUrl).map(url -> ModelStub.API_KEY);
    chatModels.anthropicUrl = anthropicUrl;
    chatModels.anthropicModel = "claude-haiku-4-5";
    chatModels.timeoutMs = timeoutMs;
    chatModels.longestWaitMs = 2000;
    chatModels.build();
    ToolLoop loop = new ToolLoop();
    loop.tools = tools();
    openAi.models = chatModels;
    openAi.loop = loop;
    openAi.anthropic = anthropic;
    anthropic.models = chatModels;
    anthropic.loop = loop;
    models.models = chatModels;
    models.openAi = openAi;
    models.anthropic = anthropic;
    models.availability = availability();
    models.inventory = inventory();
  }

  private ShopTools tools() {
    ShopTools tools = new ShopTools();
    tools.availability = availability();
    tools.rules =
        new Rules() {
          @Override
          public Evaluation evaluate(RuleContext context, UUID ruleId) {
            return shop.evaluator.evaluate(shop.rules, context);
          }
        };
    tools.knowledge =
        new Knowledge() {
          @Override
          public List<KnowledgeView> list(String type) {
            return shop.knowledge.stream()
                .filter(k -> type == null || type.equals(k.type()))
                .toList();
          }
        };
    return tools;
  }

  private Availability availability() {
    return new Availability() {
      @Override
      public AvailabilityAnswer lookup(String question) {
        return shop.matcher.answer(
            question,
            shop.catalogue,
            category ->
                shop.catalogue.stream().filter(c -> category.equals(c.category())).toList());
      }
    };
  }

  private Inventory inventory() {
    return new Inventory() {
      @Override
      public ProductView product(UUID id) {
        CatalogueEntry entry =
            shop.catalogue.stream().filter(c -> c.productId().equals(id)).findFirst().orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        List<VariantView> variants =
            entry.variants().stream()
                .map(
                    v ->
                        new VariantView(
                            v.variantId(),
                            v.name(),
                            v.sku(),
                            v.price(),
                            v.stockQuantity(),
                            v.lowStockThreshold(),
                            v.attributes(),
                            "available"))
                .toList();
        return new ProductView(
            id,
            entry.name(),
            entry.description(),
            entry.category(),
            entry.basePrice(),
            "NGN",
            "active",
            0,
            variants.size(),
            false,
            now,
            now,
            variants);
      }
    };
  }

  ModelQuestion question(String text) {
    return new ModelQuestion(
        app.chidi.assistant.boundary.CustomerMessage.of(text), "Demo Shop", "NGN");
  }
}
