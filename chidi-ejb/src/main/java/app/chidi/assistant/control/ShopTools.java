package app.chidi.assistant.control;

import app.chidi.assistant.boundary.AppliedRule;
import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.Knowledge;
import app.chidi.assistant.boundary.KnowledgeIndex;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.boundary.Rules;
import app.chidi.inventory.boundary.Availability;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.platform.json.CachedJson;
import app.chidi.platform.meaning.SentenceEncoder;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shop's facts as tools for a language model: availability (statuses, never stock numbers),
 * prices with the business rules applied, policies and the rest of the knowledge. Each call is
 * recorded with its result in {@link ToolFindings}; bad arguments get an error the model can read.
 */
@ApplicationScoped
public class ShopTools {

  static final String ESCALATE = "escalate";

  @Inject Availability availability;

  /** The rule types a price quote can rest on; a return window says nothing about a price. */
  private static final Set<String> PRICE_RULES = Set.of("pricing", "shipping");

  @Inject Rules rules;
  @Inject Knowledge knowledge;

  static List<ToolSpecification> specifications() {
    return List.of(
        tool(
            "check_availability",
            "Whether the shop has a product: status (available, low stock, out of stock), price,"
                + " options and alternatives. Never gives quantities.",
            JsonObjectSchema.builder()
                .addStringProperty("product", "the product as the customer names it")
                .required("product")),
        tool(
            "quote_price",
            "The price of a quantity of a product with the shop's rules applied (discounts,"
                + " delivery fee) and the total.",
            JsonObjectSchema.builder()
                .addStringProperty("product", "the product as the customer names it")
                .addIntegerProperty("quantity", "how many; 1 when not said")
                .addStringProperty("delivery_state", "the Nigerian state to deliver to, if said")
                .required("product")),
        tool(
            "get_policy",
            "The shop's policy on a topic (shipping, returns, payment, hours, location, contact).",
            JsonObjectSchema.builder().addStringProperty("topic", "the topic").required("topic")),
        tool(
            "search_knowledge",
            "The shop's FAQ or information entry that best answers a question.",
            JsonObjectSchema.builder()
                .addStringProperty("query", "the question in a few words")
                .required("query")),
        tool(
            ESCALATE,
            "Hand the conversation to a person: when unsure, when the tools do not answer the"
                + " question, when it is off-topic, or when the customer asks for something CHIDI"
                + " cannot do (refunds, order changes, complaints).",
            JsonObjectSchema.builder()
                .addStringProperty("reason", "why, in plain words")
                .required("reason")));
  }

  private static ToolSpecification tool(
      String name, String description, JsonObjectSchema.Builder parameters) {
    return ToolSpecification.builder()
        .name(name)
        .description(description)
        .parameters(parameters.build())
        .build();
  }

  /** Runs one tool call and returns its result as JSON text for the model. */
  public String execute(ToolExecutionRequest request, String currency, ToolFindings findings) {
    String result;
    try {
      JsonObject arguments =
          CachedJson.createReader(new StringReader(request.arguments())).readObject();
      result = run(request.name(), arguments, currency, findings).build().toString();
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      findings.errors++;
      result =
          CachedJson.createObjectBuilder()
              .add("error", "arguments not understood: " + e.getMessage())
              .build()
              .toString();
    }
    findings.record(new ToolFindings.Call(request.name(), request.arguments(), result));
    return result;
  }

  private JsonObjectBuilder run(
      String name, JsonObject arguments, String currency, ToolFindings findings) {
    return switch (name) {
      case "check_availability" ->
          ToolResults.availability(
              availability.lookup(text(arguments, "product")), currency, findings);
      case "quote_price" -> quote(arguments, currency, findings);
      case "get_policy" -> policy(text(arguments, "topic"), findings);
      case "search_knowledge" -> search(text(arguments, "query"), findings);
      default -> throw new IllegalStateException("no tool named " + name);
    };
  }

  private JsonObjectBuilder quote(JsonObject arguments, String currency, ToolFindings findings) {
    List<ProductAvailability> found = availability.lookup(text(arguments, "product")).products();
    if (found.isEmpty() || found.get(0).price() == null) {
      return CachedJson.createObjectBuilder().add("found", false);
    }
    ProductAvailability product = found.get(0);
    int quantity = arguments.containsKey("quantity") ? arguments.getInt("quantity") : 1;
    if (quantity < 1) {
      throw new IllegalStateException("quantity must be at least 1");
    }
    BigDecimal subtotal = product.price().multiply(BigDecimal.valueOf(quantity));
    Evaluation evaluation =
        rules.evaluate(
            new RuleContext(
                quantity,
                subtotal,
                arguments.getString("delivery_state", null),
                null,
                product.category() == null ? null : List.of(product.category()),
                product.name(),
                null,
                null,
                null),
            null);
    findings.product(product.productId(), product.name());
    List<AppliedRule> priced =
        evaluation.applied().stream()
            .filter(rule -> PRICE_RULES.contains(rule.ruleType()))
            .toList();
    priced.stream().map(AppliedRule::ruleId).forEach(findings.rules::add);
    priced.stream().map(AppliedRule::effect).forEach(findings::words);
    return ToolResults.quote(product, quantity, evaluation, currency, findings);
  }

  private JsonObjectBuilder policy(String topic, ToolFindings findings) {
    String wanted = topic.toLowerCase(Locale.ROOT);
    List<KnowledgeView> policies =
        knowledge.list("policy").stream()
            .filter(p -> p.topic() != null && p.topic().toLowerCase(Locale.ROOT).contains(wanted))
            .toList();
    return entries(policies, findings);
  }

  private JsonObjectBuilder search(String query, ToolFindings findings) {
    KnowledgeIndex index = knowledge.indexed();
    return entries(
        KnowledgeSearch.byOverlap(MessageText.normal(query), index.entries())
            .or(
                () ->
                    KnowledgeSearch.byMeaning(
                        SentenceEncoder.embed(query), index.entries(), index.meanings()))
            .stream()
            .map(KnowledgeSearch.Hit::entry)
            .toList(),
        findings);
  }

  private static JsonObjectBuilder entries(List<KnowledgeView> entries, ToolFindings findings) {
    var array = CachedJson.createArrayBuilder();
    for (KnowledgeView entry : entries) {
      findings.knowledge.add(entry.id());
      findings.words(entry.question());
      findings.words(entry.content());
      var item = CachedJson.createObjectBuilder().add("topic", String.valueOf(entry.topic()));
      if (entry.question() != null) {
        item.add("question", entry.question());
      }
      array.add(item.add("content", entry.content()));
    }
    return CachedJson.createObjectBuilder().add("found", !entries.isEmpty()).add("entries", array);
  }

  private static String text(JsonObject arguments, String name) {
    String value = arguments.getString(name, "").strip();
    if (value.isEmpty()) {
      throw new IllegalStateException("\"" + name + "\" is required");
    }
    return value;
  }
}
