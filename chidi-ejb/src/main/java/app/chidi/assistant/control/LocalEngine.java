package app.chidi.assistant.control;

import app.chidi.assistant.boundary.AppliedRule;
import app.chidi.assistant.boundary.AskedProduct;
import app.chidi.assistant.boundary.ConfidenceParts;
import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.ReplyReasons;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.boundary.Turn;
import app.chidi.assistant.boundary.UsedFacts;
import app.chidi.inventory.boundary.Alternative;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import app.chidi.inventory.boundary.MatchQuality;
import app.chidi.inventory.boundary.ProductAvailability;
import app.chidi.inventory.boundary.VariantAvailability;
import app.chidi.inventory.entity.StockStatus;
import app.chidi.platform.meaning.SentenceEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local reply engine: offline and deterministic. It works in two steps so that it never reads
 * the database itself: {@link #understand} says what to look up, and {@link #compose} turns what
 * was looked up (catalogue availability, rule evaluation, knowledge entries) into a reply with its
 * confidence, decision and reasons. Every sentence it sends is filled from those facts; stock
 * appears only as available, only a few left, or out of stock.
 */
@ApplicationScoped
public class LocalEngine {

  /** Two products whose matches differ by less than this match equally. */
  static final double EQUAL_MATCH = 0.05;

  /** The share of words an FAQ's question and a message must share to answer from it. */
  static final double FAQ_MATCH = 0.8;

  /** The most grounding a knowledge entry gives when the message asks about words it lacks. */
  static final double UNCOVERED = 0.7;

  private static final int MOST_ALTERNATIVES = 2;
  private static final int LONGEST_KNOWLEDGE = 400;
  private static final Pattern FILLER =
      Pattern.compile(
          "\\b(?:hi+|hello|hey|good (?:morning|afternoon|evening)|pls|please|abeg|kindly|"
              + "ok(?:ay)?|left|anymore|now|today|still|tell me|i want to know|again|"
              + "how much|price|cost|available|in stock|do you have|do you sell|una get|"
              + "is there|are there|any|the|sir|ma|madam|dear|discount\\w*|buy|order|if|give|"
              + "for|get|can i|i want to|want|need|sell|have|u|d|you|do|does|of|it|this|that|"
              + "them|one|is|are|a|an)\\b");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(?:it|this|that|them|this one|that one|same one)\\b");
  private static final Pattern NUMERIC_SIZE =
      Pattern.compile(
          "\\b(?:in|size|sz|number|no)\\s+(\\d{2})\\b(?!\\s*(?:k|naira|items?|pieces?|pcs)\\b)");
  private static final Pattern ASKS_PRICE =
      Pattern.compile("\\b(?:how much|price|cost|how far)\\b");

  /** How sure the intent is when the message names a product exactly and nothing else is asked. */
  static final double NAMED_PRODUCT = 0.9;

  private static final Pattern MONEY_OR_NUMBER =
      Pattern.compile("(?:₦\\s?)?\\d[\\d,.]*k?\\b|\\bnaira\\b");
  private static final Pattern ASKS_WHEN =
      Pattern.compile("\\b(?:how long|how many days|when will|when would|what day|days?)\\b");
  private static final Pattern ASKS_OPTION =
      Pattern.compile(
          "\\bsize (\\w+)|\\b(\\d{2}) (?:size|sneakers|shoes)|\\bin (?:(?:size|colou?r) )?(x*s|m|x*l|"
              + "small|medium|large|extra large|\\d{2}|red|blue|black|white|green|yellow|pink|"
              + "purple|brown|grey|gray|orange|gold|silver|navy|beige|cream|wine|maroon|nude)\\b");
  private static final Map<String, String> SIZE_LETTERS =
      Map.of("small", "s", "medium", "m", "large", "l", "extra large", "xl");
  private static final Pattern ASKS_COST =
      Pattern.compile("\\b(?:how much|cost\\w*|fees?|price|charge\\w*|rate)\\b");
  private static final Pattern ASKS_NUMBER =
      Pattern.compile("\\b(?:number|phone|call|line|digits)\\b");
  private static final Pattern HAS_NUMBER = Pattern.compile("\\d[\\d -]{6,}\\d");
  private static final Pattern HAS_MONEY = Pattern.compile("₦|\\bnaira\\b|\\d+k\\b");
  private static final Pattern NEGOTIATES =
      Pattern.compile(
          "\\b(?:better price|good price|do me (?:better|good|last|well)|last price|final price|"
              + "negotiat\\w*|reduce (?:it|am|the price|for me)|too (?:cost|expensive|much)|"
              + IntentDetector.COUNTER_OFFER
              + ")\\b");

  /** From this many items an order needs the owner: CHIDI cannot promise that much stock. */
  static final int LARGE_ORDER = 10;

  private static final Set<String> NATIONWIDE =
      Set.of("nationwide", "nigeria", "states", "everywhere", "anywhere");

  public Understanding understand(CustomerMessage message) {
    float[] meaning = SentenceEncoder.embed(message.text());
    IntentDetector.Detection detection = IntentDetector.detect(message.text(), meaning);
    MessageFacts facts = MessageFacts.of(message.text());
    String words = productWords(message.text());
    boolean refers = REFERENCE.matcher(MessageText.normal(message.text())).find();
    if (words.isBlank() || refers) {
      String earlier = "";
      List<Turn> history = message.history();
      for (int i = history.size() - 1; i >= 0 && earlier.isBlank(); i--) {
        if (history.get(i).fromCustomer()) {
          earlier = productWords(history.get(i).text());
        }
      }
      if (!earlier.isBlank()) {
        words = (earlier + " " + words).strip();
      } else if (refers) {
        words = "";
      }
    }
    return new Understanding(message, detection, facts, words, meaning);
  }

  /**
   * The words to look products up by: the message without its question words, amounts and counts,
   * but with a numeric size it names ("in 42", "size 34"), which is a variant's attribute.
   */
  static String productWords(String text) {
    String plain = MessageText.normal(text).replaceAll("[^\\p{L}\\p{N}₦,.\\s]", " ");
    StringBuilder sizes = new StringBuilder();
    Matcher size = NUMERIC_SIZE.matcher(plain);
    while (size.find()) {
      sizes.append(' ').append(size.group(1));
    }
    String left = FILLER.matcher(MONEY_OR_NUMBER.matcher(plain).replaceAll(" ")).replaceAll(" ");
    String words = left.replaceAll("[,.]", " ").replaceAll("\\s+", " ").strip();
    String named = words.replaceAll("\\bsizes?\\b", " ");
    return KnowledgeSearch.words(named).isEmpty() ? "" : (words + sizes).strip();
  }

  /**
   * A message CHIDI could not place (or took for off-topic) that names one of the shop's products
   * exactly ("lace evening gown in wine?", "how much is the senator kaftan") is about that product.
   */
  public Understanding withProductNamed(Understanding understanding, AvailabilityAnswer found) {
    Intent intent = understanding.intent();
    if ((intent != Intent.OTHER && intent != Intent.OFF_TOPIC)
        || found == null
        || found.products().isEmpty()
        || found.products().get(0).quality() != MatchQuality.EXACT) {
      return understanding;
    }
    Intent asked =
        ASKS_PRICE.matcher(MessageText.normal(understanding.message().text())).find()
            ? Intent.PRICE
            : Intent.AVAILABILITY;
    return new Understanding(
        understanding.message(),
        new IntentDetector.Detection(asked, NAMED_PRODUCT, 1.0, List.of(asked)),
        understanding.facts(),
        understanding.productWords(),
        understanding.meaning());
  }

  /** The facts for the rules: the message's, plus the product and its price when one was found. */
  public RuleContext ruleContext(Understanding understanding, AvailabilityAnswer found) {
    MessageFacts facts = understanding.facts();
    Optional<ProductAvailability> product = clearMatch(found);
    Integer count = facts.itemCount();
    BigDecimal subtotal = facts.amount();
    if (product.isPresent() && product.get().price() != null && subtotal == null) {
      subtotal = product.get().price().multiply(BigDecimal.valueOf(count == null ? 1 : count));
    }
    return new RuleContext(
        count,
        subtotal,
        facts.abroad() == null ? facts.state() : null,
        facts.abroad() == null ? facts.city() : null,
        product
            .map(p -> p.category() == null ? List.<String>of() : List.of(p.category()))
            .orElse(null),
        product.map(ProductAvailability::name).orElse(null),
        facts.onSale(),
        facts.daysSincePurchase(),
        null);
  }

  private static Optional<ProductAvailability> clearMatch(AvailabilityAnswer found) {
    if (found == null || found.products().isEmpty()) {
      return Optional.empty();
    }
    List<ProductAvailability> products = found.products();
    ProductAvailability top = products.get(0);
    if (products.size() > 1 && top.match() - products.get(1).match() < EQUAL_MATCH) {
      return Optional.empty();
    }
    return top.quality() == MatchQuality.WEAK ? Optional.empty() : Optional.of(top);
  }

  public Reply compose(Understanding understanding, Grounding grounding, double threshold) {
    Draft draft = new Draft(understanding.detection(), grounding.currency());
    draft.message = understanding.message().text();
    Intent intent = understanding.intent();
    if (intent.trigger()) {
      return draft
          .escalate(
              intent == Intent.OFF_TOPIC
                  ? "Sorry, I can only help with questions about our shop and products."
                  : "Thanks for your message. Someone from the shop will get back to you shortly.",
              intent.reason)
          .reply(threshold);
    }
    Integer count = understanding.facts().itemCount();
    if (count != null && count >= LARGE_ORDER && intent != Intent.SHIPPING) {
      return draft
          .escalate(
              "Let me check that for you.",
              "asks for " + count + " items — the owner should confirm there is enough stock")
          .reply(threshold);
    }
    switch (intent) {
      case GREETING -> draft.say("Hello! How can I help you today?", 1.0);
      case THANKS -> draft.say("You're welcome! Is there anything else I can help with?", 1.0);
      case AVAILABILITY, PRICE -> products(draft, understanding, grounding);
      case SHIPPING -> shipping(draft, understanding, grounding);
      case RETURNS -> returns(draft, understanding, grounding);
      case DISCOUNT -> discount(draft, understanding, grounding);
      case PAYMENT, HOURS, LOCATION, CONTACT -> fromKnowledge(draft, understanding, grounding);
      default -> other(draft, understanding, grounding);
    }
    return draft.reply(threshold);
  }

  private void products(Draft draft, Understanding understanding, Grounding grounding) {
    AvailabilityAnswer found = grounding.availability();
    if ((found == null || found.products().isEmpty()) && faq(draft, understanding, grounding)) {
      return;
    }
    if (found == null || found.products().isEmpty()) {
      draft.escalate(
          "Let me check that for you.",
          understanding.productWords().isBlank()
              ? "does not say which product"
              : "no product matches \u201c" + understanding.productWords() + "\u201d");
      return;
    }
    List<ProductAvailability> products = found.products();
    ProductAvailability top = products.get(0);
    if (products.size() > 1 && top.match() - products.get(1).match() < EQUAL_MATCH) {
      draft.clarity(0.5);
      draft.escalate(
          "Which one do you mean: the " + top.name() + " or the " + products.get(1).name() + "?",
          "two products match equally (" + top.name() + ", " + products.get(1).name() + ")");
      return;
    }
    double grounded =
        switch (top.quality()) {
          case EXACT -> 1.0;
          case STRONG -> 0.9;
          case PARTIAL -> 0.6;
          case WEAK -> 0.3;
        };
    if (products.size() > 1 && top.match() - products.get(1).match() < 0.15) {
      draft.clarity(0.8);
    }
    if (asksUnlisted(top, MessageText.normal(understanding.message().text()))) {
      grounded = Math.min(grounded, 0.6);
      draft.because("the size or colour asked for is not one " + top.name() + " lists");
    }
    if (top.quality() == MatchQuality.PARTIAL || top.quality() == MatchQuality.WEAK) {
      draft.because(
          "the product match is only "
              + top.quality().name().toLowerCase()
              + " ("
              + top.name()
              + ")");
    }
    draft.used.products.add(top.productId());
    List<VariantAvailability> requested =
        top.variants().stream().filter(VariantAvailability::requested).toList();
    requested.forEach(v -> draft.used.variants.add(v.variantId()));
    draft.asked.add(
        new AskedProduct(
            top.productId(),
            top.name(),
            requested.isEmpty()
                ? top.status() != StockStatus.OUT_OF_STOCK
                : requested.stream().anyMatch(v -> v.status() != StockStatus.OUT_OF_STOCK)));
    String option = option(requested, top.variants());
    String name = "the " + top.name() + option;
    String price = draft.money(top.price());
    boolean varies =
        requested.isEmpty()
            && top.variants().stream()
                    .map(VariantAvailability::price)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count()
                > 1;
    String priceWords = (varies ? "from " : "") + price;
    StringBuilder text = new StringBuilder();
    if (top.status() == StockStatus.OUT_OF_STOCK) {
      text.append("Sorry, ").append(name).append(" is out of stock right now.");
      List<Alternative> alternatives =
          top.alternatives().stream().limit(MOST_ALTERNATIVES).toList();
      if (!alternatives.isEmpty()) {
        text.append(" You might like ");
        for (int i = 0; i < alternatives.size(); i++) {
          Alternative alt = alternatives.get(i);
          draft.used.products.add(alt.productId());
          text.append(i == 0 ? "" : " or ")
              .append("the ")
              .append(alt.name())
              .append(" (")
              .append(draft.money(alt.price()))
              .append(")");
        }
        text.append(".");
      }
    } else {
      if (understanding.intent() == Intent.PRICE) {
        text.append(capitalise(name))
            .append(" is ")
            .append(priceWords)
            .append(", and it's available.");
      } else {
        text.append("Yes, we have ").append(name).append(" at ").append(priceWords).append(".");
      }
      if (top.status() == StockStatus.LOW_STOCK) {
        text.append(" There are only a few left.");
      }
      pricing(draft, understanding, grounding.evaluation())
          .ifPresent(s -> text.append(" ").append(s));
    }
    draft.say(text.toString(), grounded);
  }

  /** "For 4 items you get ₦2,000 off: ₦18,000 in total." when a pricing rule applied. */
  private Optional<String> pricing(
      Draft draft, Understanding understanding, Evaluation evaluation) {
    if (evaluation == null
        || evaluation.discount() == null
        || evaluation.discount().signum() <= 0
        || evaluation.total() == null) {
      return Optional.empty();
    }
    ruleIds(evaluation, "pricing").forEach(draft.used.rules::add);
    Integer count = understanding.facts().itemCount();
    return Optional.of(
        (count == null ? "With our current offer" : "For " + count + " items")
            + " you get "
            + draft.money(evaluation.discount())
            + " off: "
            + draft.money(evaluation.total())
            + " in total.");
  }

  /** Whether the message asks for a size or colour none of the product's variants has. */
  private static boolean asksUnlisted(ProductAvailability product, String text) {
    java.util.regex.Matcher asked = ASKS_OPTION.matcher(text);
    if (!asked.find()) {
      return false;
    }
    String option =
        asked.group(1) != null
            ? asked.group(1)
            : asked.group(2) != null ? asked.group(2) : asked.group(3);
    String letter = SIZE_LETTERS.getOrDefault(option, option);
    return product.variants().stream()
        .flatMap(variant -> variant.attributes().values().stream())
        .map(value -> MessageText.normal(value))
        .noneMatch(
            value ->
                value.equals(letter)
                    || value.equals(option)
                    || java.util.Arrays.asList(value.split(" ")).contains(option));
  }

  private static String option(List<VariantAvailability> requested, List<VariantAvailability> all) {
    if (requested.isEmpty() || requested.size() == all.size()) {
      return "";
    }
    Map<String, String> common = new HashMap<>(requested.get(0).attributes());
    for (VariantAvailability variant : requested) {
      common.entrySet().removeIf(e -> !e.getValue().equals(variant.attributes().get(e.getKey())));
    }
    return common.isEmpty()
        ? ""
        : " in " + String.join(", ", new java.util.TreeMap<>(common).values());
  }

  private void shipping(Draft draft, Understanding understanding, Grounding grounding) {
    MessageFacts facts = understanding.facts();
    String text = MessageText.normal(understanding.message().text());
    Optional<KnowledgeSearch.Hit> policy =
        KnowledgeSearch.forIntent(Intent.SHIPPING, text, grounding.knowledge());
    if (facts.abroad() != null) {
      Optional<KnowledgeSearch.Hit> abroad =
          policy.filter(
              hit ->
                  KnowledgeSearch.mentions(hit.entry(), "international")
                      || KnowledgeSearch.mentions(hit.entry(), "abroad")
                      || KnowledgeSearch.mentions(hit.entry(), facts.abroad()));
      if (abroad.isPresent()) {
        draft.knowledge(abroad.get(), 0.85);
      } else {
        draft.escalate("Let me check that for you.", "no policy about international shipping");
      }
      return;
    }
    if (MessageFacts.places(understanding.message().text()) > 1) {
      draft.escalate("Let me check that for you.", "asks about delivery to more than one place");
      return;
    }
    Evaluation evaluation = grounding.evaluation();
    String place = facts.city() != null ? facts.city() : facts.state();
    boolean asksWhen = ASKS_WHEN.matcher(text).find();
    String fee = null;
    if (place != null && evaluation != null && evaluation.shippingFee() != null) {
      ruleIds(evaluation, "shipping").forEach(draft.used.rules::add);
      fee =
          evaluation.shippingFee().signum() == 0
              ? "Delivery to " + place + " is free."
              : "Delivery to " + place + " is " + draft.money(evaluation.shippingFee()) + ".";
      if (!asksWhen || policy.isEmpty()) {
        draft.say(fee, asksWhen ? 0.6 : 0.95);
        if (asksWhen) {
          draft.because("no delivery times yet");
        }
        return;
      }
    }
    if (policy.isEmpty()) {
      draft.escalate(
          "Let me check that for you.",
          place == null
              ? "no delivery information yet"
              : "no delivery rule or policy for " + place);
      return;
    }
    KnowledgeSearch.Hit hit = policy.get();
    if (place != null
        && !KnowledgeSearch.mentions(hit.entry(), place)
        && !KnowledgeSearch.mentions(hit.entry(), facts.state())
        && NATIONWIDE.stream().noneMatch(w -> KnowledgeSearch.mentions(hit.entry(), w))) {
      draft.knowledge(hit, 0.6);
      draft.because("the delivery policy does not mention " + place);
      return;
    }
    if (place != null) {
      // A nationwide policy covers every Nigerian place.
      draft.covered.addAll(KnowledgeSearch.words(place + " " + facts.state()));
    }
    draft.knowledge(hit, hit.strength());
    if (fee != null) {
      draft.say(fee + " " + draft.text, draft.grounding);
    } else if (ASKS_COST.matcher(text).find() && !HAS_MONEY.matcher(hit.entry().content()).find()) {
      draft.grounding = Math.min(draft.grounding, 0.6);
      draft.because("no delivery fee known" + (place == null ? "" : " for " + capitalise(place)));
    }
  }

  private void returns(Draft draft, Understanding understanding, Grounding grounding) {
    Evaluation evaluation = grounding.evaluation();
    Optional<KnowledgeSearch.Hit> policy =
        KnowledgeSearch.forIntent(
            Intent.RETURNS, understanding.message().text(), grounding.knowledge());
    if (evaluation != null && Boolean.FALSE.equals(evaluation.returnable())) {
      ruleIds(evaluation, "returns").forEach(draft.used.rules::add);
      draft.say("Sorry, that item can't be returned.", 0.9);
      return;
    }
    if (policy.isPresent()) {
      draft.knowledge(policy.get(), policy.get().strength());
    } else if (evaluation != null && evaluation.returnWindowDays() != null) {
      ruleIds(evaluation, "returns").forEach(draft.used.rules::add);
      draft.say("You can return items within " + evaluation.returnWindowDays() + " days.", 0.9);
    } else {
      draft.escalate("Let me check that for you.", "no returns or exchange policy yet");
    }
  }

  private void discount(Draft draft, Understanding understanding, Grounding grounding) {
    if (NEGOTIATES.matcher(MessageText.normal(understanding.message().text())).find()) {
      draft.escalate(
          "Let me check that for you.", "wants to negotiate the price — the owner decides");
      return;
    }
    Optional<String> offer = pricing(draft, understanding, grounding.evaluation());
    if (offer.isPresent()) {
      draft.say(offer.get(), 0.9);
      return;
    }
    Evaluation evaluation = grounding.evaluation();
    if (evaluation != null && !ruleIds(evaluation, "pricing").isEmpty()) {
      ruleIds(evaluation, "pricing").forEach(draft.used.rules::add);
      draft.escalate(
          "Let me check that for you.",
          "a discount rule applies, but its amount depends on which items are ordered");
      return;
    }
    if (!grounding.offers().isEmpty()
        && asksOffersInGeneral(understanding.message().text())
        && KnowledgeSearch.forIntent(
                Intent.DISCOUNT, understanding.message().text(), grounding.knowledge())
            .isEmpty()) {
      StringBuilder text = new StringBuilder("Our current offers:");
      for (RuleView rule : grounding.offers()) {
        draft.used.rules.add(rule.id());
        text.append(' ').append(rule.summary());
      }
      draft.say(text.toString(), 0.9);
      return;
    }
    fromKnowledge(draft, understanding, grounding);
  }

  /**
   * Whether a discount question asks about the shop's offers in general ("do you give discounts?",
   * "any discount for bulk buying?") rather than a kind the rules may not cover (student, first
   * order, promo code, wholesale).
   */
  static boolean asksOffersInGeneral(String message) {
    Set<String> words = KnowledgeSearch.words(message);
    words.removeAll(OFFER_WORDS);
    return words.isEmpty();
  }

  private static final Set<String> OFFER_WORDS =
      Set.of(
          ("discount discounts give giving any bulk buying buy many more item items quantity "
                  + "quantities do you u una dey offer offers there is are get can i we please "
                  + "pls abeg kindly hi hello")
              .split(" "));

  private void fromKnowledge(Draft draft, Understanding understanding, Grounding grounding) {
    Intent intent = understanding.intent();
    Optional<KnowledgeSearch.Hit> hit =
        KnowledgeSearch.forIntent(intent, understanding.message().text(), grounding.knowledge());
    if (hit.isPresent()
        && intent == Intent.CONTACT
        && ASKS_NUMBER.matcher(MessageText.normal(understanding.message().text())).find()
        && !HAS_NUMBER.matcher(hit.get().entry().content()).find()) {
      draft.escalate("Let me check that for you.", "no phone number in the contact information");
    } else if (hit.isPresent()) {
      draft.knowledge(hit.get(), hit.get().strength());
    } else if (!faq(draft, understanding, grounding)) {
      draft.escalate(
          "Let me check that for you.",
          "no information about " + intent.wire().replace('_', ' ') + " yet");
    }
  }

  /** Answers from an FAQ whose question the message nearly repeats; false when none does. */
  private static boolean faq(Draft draft, Understanding understanding, Grounding grounding) {
    Optional<KnowledgeSearch.Hit> hit =
        KnowledgeSearch.byOverlap(understanding.message().text(), grounding.knowledge())
            .filter(h -> h.strength() >= FAQ_MATCH)
            .or(() -> byMeaning(understanding, grounding));
    if (hit.isEmpty()) {
      return false;
    }
    draft.intent(hit.get().strength());
    draft.knowledge(hit.get(), 0.95);
    return true;
  }

  private void other(Draft draft, Understanding understanding, Grounding grounding) {
    Optional<KnowledgeSearch.Hit> hit =
        KnowledgeSearch.byOverlap(understanding.message().text(), grounding.knowledge())
            .or(() -> byMeaning(understanding, grounding));
    if (hit.isPresent()) {
      draft.intent(hit.get().strength());
      draft.knowledge(hit.get(), 0.95);
    } else {
      draft.escalate("Let me check that for you.", Intent.OTHER.reason);
    }
  }

  private static Optional<KnowledgeSearch.Hit> byMeaning(
      Understanding understanding, Grounding grounding) {
    return KnowledgeSearch.byMeaning(
        understanding.meaning(), grounding.knowledge(), grounding.meanings());
  }

  private static List<UUID> ruleIds(Evaluation evaluation, String type) {
    return evaluation.applied().stream()
        .filter(rule -> type.equals(rule.ruleType()))
        .map(AppliedRule::ruleId)
        .toList();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String excerpt(String content) {
    String text = content.strip();
    if (text.length() <= LONGEST_KNOWLEDGE) {
      return text;
    }
    int end = text.lastIndexOf(". ", LONGEST_KNOWLEDGE);
    return end > 0 ? text.substring(0, end + 1) : text.substring(0, LONGEST_KNOWLEDGE) + "…";
  }

  /** A reply being put together. */
  private static final class Draft {
    final IntentDetector.Detection detection;
    final String currency;
    final Used used = new Used();
    final List<AskedProduct> asked = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    double intent;
    double grounding;
    double clarity;
    String text;
    boolean hard;

    String message = "";
    final Set<String> covered = new java.util.HashSet<>();

    Draft(IntentDetector.Detection detection, String currency) {
      this.detection = detection;
      this.currency = currency;
      this.intent = detection.certainty();
      this.clarity = detection.clarity();
    }

    String money(BigDecimal amount) {
      return Money.format(amount, currency);
    }

    void say(String text, double grounding) {
      this.text = text;
      this.grounding = grounding;
    }

    void knowledge(KnowledgeSearch.Hit hit, double grounding) {
      used.knowledge.add(hit.entry().id());
      Set<String> uncovered = KnowledgeSearch.uncovered(message, hit.entry());
      uncovered.removeAll(covered);
      if (!uncovered.isEmpty()) {
        grounding = Math.min(grounding, UNCOVERED);
        because(
            "the \u201c"
                + hit.entry().topic()
                + "\u201d entry does not cover "
                + String.join(", ", new java.util.TreeSet<>(uncovered)));
      }
      say(excerpt(hit.entry().content()), grounding);
    }

    void intent(double certainty) {
      intent = certainty;
    }

    void clarity(double value) {
      clarity = Math.min(clarity, value);
    }

    void because(String reason) {
      reasons.add(reason);
    }

    Draft escalate(String text, String reason) {
      this.text = text;
      this.grounding = 0;
      this.hard = true;
      reasons.add(reason);
      return this;
    }

    Reply reply(double threshold) {
      ConfidenceParts parts = new ConfidenceParts(round(intent), round(grounding), round(clarity));
      double confidence = parts.combined();
      boolean send = !hard && confidence >= threshold;
      List<String> why = new ArrayList<>();
      if (!send) {
        why.addAll(reasons);
        if (clarity < 1 && detection.also().size() > 1) {
          why.add("asks about several things at once");
        }
        if (why.isEmpty()) {
          why.add(
              String.format(
                  java.util.Locale.ROOT,
                  "not sure enough (confidence %.2f under %.2f)",
                  confidence,
                  threshold));
        }
      }
      return new Reply(
          text,
          confidence,
          send ? Reply.SEND : Reply.ESCALATE,
          detection.intent().wire(),
          new ReplyReasons(used.facts(), why, asked),
          parts);
    }

    private static double round(double value) {
      return Math.round(value * 1000) / 1000.0;
    }
  }

  private static final class Used {
    final Set<UUID> rules = new LinkedHashSet<>();
    final Set<UUID> products = new LinkedHashSet<>();
    final Set<UUID> variants = new LinkedHashSet<>();
    final Set<UUID> knowledge = new LinkedHashSet<>();

    UsedFacts facts() {
      return new UsedFacts(
          List.copyOf(rules), List.copyOf(products), List.copyOf(variants), List.copyOf(knowledge));
    }
  }
}
