package app.chidi.assistant.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds what a message is about, first with a compact grammar: for each intent, phrases that say it
 * clearly ({@link #PHRASE}) and keywords that only hint at it ({@link #KEYWORD}); then with the
 * message's meaning ({@link SemanticIntents}), which recognises wording the grammar does not know.
 * Triggers — refunds, complaints, a request for a person, order problems, payment disputes,
 * urgency, topics that are not the shop's — win over everything else, because a wrong answer to
 * them costs most.
 */
final class IntentDetector {

  /**
   * The customer names their own price: "give me the linen shirt for 8k", "can I get it for
   * ₦9,000", "I go pay 10k".
   */
  static final String COUNTER_OFFER =
      "(?:give|sell|let) (?:me|us)\\b[^?.!]*\\bfor ₦?\\s?\\d[\\d,.]*\\s?k?\\b|"
          + "(?:can|could) (?:i|we) (?:get|have|take)\\b[^?.!]*\\bfor ₦?\\s?\\d[\\d,.]*\\s?k?\\b|"
          + "(?:i|we)(?:'ll| will| go| fit) pay ₦?\\s?\\d";

  static final double PHRASE = 0.95;
  static final double KEYWORD = 0.75;
  private static final double UNCLEAR = 0.6;

  private record Rule(Intent intent, double certainty, Pattern pattern) {}

  private static final List<Rule> RULES = new ArrayList<>();
  private static final Pattern PAY_ON_DELIVERY =
      Pattern.compile("\\b(?:pay(?:ment)?|cash) (?:on|upon|after) delivery\\b");

  private static void phrase(Intent intent, String regex) {
    RULES.add(new Rule(intent, PHRASE, Pattern.compile("\\b(?:" + regex + ")\\b")));
  }

  private static void keyword(Intent intent, String regex) {
    RULES.add(new Rule(intent, KEYWORD, Pattern.compile("\\b(?:" + regex + ")\\b")));
  }

  static {
    phrase(
        Intent.HUMAN,
        "(?:talk|speak|chat) (?:to|with) (?:a |an |the |your |some )?(?:human|person|real|someone|"
            + "somebody|agent|manager|owner|boss|staff|customer care|representative|oga)"
            + "|(?:real|actual) (?:person|human)|human being|(?:call|ring) me\\b|are you (?:a )?(?:bot|robot|human)"
            + "|customer (?:care|service) (?:agent|rep)|not (?:a |this )?bot|transfer me");
    phrase(
        Intent.REFUND,
        "refund\\w*|money back|reimburs\\w*|chargeback|charge back|return (?:my|the) money|pay me back");
    phrase(
        Intent.COMPLAINT,
        "scam\\w*|fraud\\w*|thief|thieves|cheat\\w*|terrible|horrible|worst|disappoint\\w*|useless|rubbish|nonsense|"
            + "angry|annoy\\w*|unacceptable|complain\\w*|ridiculous|disgust\\w*|bad service|poor service|rude|"
            + "not happy|unhappy|fed up|waste of|stupid|idiot|report you|sue you|bad quality|"
            + "poor quality|never again|what kind of|wicked");
    phrase(
        Intent.ORDER_PROBLEM,
        "(?:wrong|damaged|broken|torn|missing|defective|faulty|fake|spoilt|spoiled) "
            + "(?:item|order|size|colou?r|product|one|thing|package|parcel|delivery|dress|shoe|bag)"
            + "|never (?:arrived|came|received|got)|(?:haven ?t|have not|didn ?t|did not|not) "
            + "(?:yet )?(?:receive|received|get|gotten|arrive|arrived|come|deliver\\w*|delivered)"
            + "|still waiting|cancel (?:my |the |this )?order|cancel it|change (?:my|the) "
            + "(?:order|address|delivery address|size|colou?r)|it (?:is|s) (?:damaged|broken|torn|"
            + "fake|too small|too big)|doesn ?t fit|does not fit|not what i ordered|was damaged"
            + "|i (?:want|would like|d like|wanna|need) to (?:return|exchange|swap|send back) "
            + "(?:the|my|this|these|it|them|one)\\b"
            + "|arrived (?:damaged|broken|late)|came (?:damaged|broken|torn)|my account|can ?t log ?in"
            + "|cannot log ?in|password");
    phrase(
        Intent.DISPUTE,
        "(?:\\+?234|0)[789][01]\\d{8}|\\bbvn\\b|\\bnin\\b|account number|debited|charged twice|"
            + "double charge|(?:i|we) (?:have |already |just )*(?:paid|transferred|sent (?:the )?money)"
            + "|payment (?:failed|not (?:confirmed|received|showing)|didn ?t go|declined|issue|problem)"
            + "|proof of payment|receipt|reversal|my card (?:was|got)");
    phrase(Intent.URGENT, "urgent\\w*|asap|emergency|immediately|right now");
    phrase(
        Intent.OFF_TOPIC,
        "weather|rain(?:ing)? today|politic\\w*|president|election|governor|senator|tinubu|buhari|"
            + "peter obi|atiku|homework|assignment|exams?|essay|math|equation|solve|calculat\\w*|jokes?|"
            + "riddle|poem|song|lyrics|python|javascript|java|html|sql|write (?:a |some |me )?(?:code|program)|coding|programming|"
            + "computer|laptop repair|doctor\\w*|medic\\w*|symptom\\w*|sick|illness|disease|malaria|fever|"
            + "pregnan\\w*|lawyer|legal advice|court|visa|football|match today|arsenal|chelsea|"
            + "premier league|betting|bet9ja|sportybet|bitcoin|crypto|forex|stock market|invest\\w*|"
            + "recipe|cooking|how to cook|jollof rice recipe|boyfriend|girlfriend|relationship|marry me|love you|"
            + "meaning of life|capital of|who (?:is|was) the (?:president|governor|best|richest)|translate|news|religion|"
            + "church|mosque|chatgpt|openai|ai model|who made you|what are you|your name|"
            + "how old are you|tell me about yourself|nepa|light (?:don|has) (?:go|gone)|fuel price|"
            + "dollar rate|exchange rate|jumia|konga|jiji|amazon|aliexpress|temu|shein|ebay|"
            + "what time is it|what(?:s| is) the (?:time|date)|what day is (?:it|today)|todays date");
    phrase(
        Intent.ORDER_STATUS,
        "where (?:is|s) my (?:order|package|parcel|delivery|item|stuff)|track(?:ing)?\\b|"
            + "order status|status of my order|my order\\b|when (?:will|is) my|has my .* (?:been )?"
            + "(?:shipped|sent|dispatched)|did you (?:ship\\w*|send) my");
    phrase(
        Intent.GREETING,
        "^(?:hi+|hello+|hey+|hiya|howdy|good (?:morning|afternoon|evening|day)|morning|"
            + "how far|how are you|how (?:is|s) it going|bawo|kedu|sannu|ekaaro|ekasan|"
            + "greetings|yo|sup|hola|gm)\\b");
    phrase(
        Intent.THANKS,
        "thank\\w*|thanks|thx|tnx|tanx|appreciate|bye\\b|goodbye|see you|take care|ok(?:ay)? noted|"
            + "alright then|great,? thanks");
    phrase(
        Intent.AVAILABILITY,
        "do (?:you|u|una) (?:have|sell|stock|carry|get)|(?:is|are) (?:the |your |there )?.*"
            + "(?:available|in stock|still there)|any .* left|you (?:still )?(?:have|get)\\b|"
            + "una get|have you got|got any|in stock|available|can i (?:get|buy|order)|i want (?:to "
            + "buy|the|a|an)|i (?:need|am looking for|m looking for|am searching)|looking for|"
            + "still (?:have|available)|restock\\w*|back in stock|sold out"
            + "|(?<!una )(?<!where )(?<!wia )(?:still )?dey\\s*\\??\\s*$|still dey\\b|una (?:still )?get");
    phrase(
        Intent.PRICE,
        "how much|price|cost|what (?:does|do|is) .* (?:cost|go for|sell for)|hw much|hm\\b|"
            + "how much be");
    phrase(
        Intent.SHIPPING,
        "ship\\w*|deliver\\w*|delivery|dispatch\\w*|courier|waybill|send (?:it |them |to )|"
            + "how long (?:does|will|would) (?:it|delivery|shipping)|logistics|door ?step|pick ?up"
            + "|pickup|waybill");
    phrase(
        Intent.RETURNS,
        "return\\w*|exchange\\w*|swap\\w*|send (?:it |them )?back|money-back|change (?:it|the item) for");
    phrase(
        Intent.PAYMENT,
        "pay(?:ment)?\\b|transfer|card|pos\\b|cash|bank|opay|palmpay|moniepoint|paystack|"
            + "flutterwave|ussd|installment|instalment|pay small small");
    phrase(
        Intent.HOURS,
        "open|close|closing|opening|hours|what time|working days|weekend|sunday|saturday|"
            + "holiday|public holiday");
    phrase(
        Intent.LOCATION,
        "where (?:are|r) (?:you|u)|where (?:is|s) (?:your|the) (?:shop|store|office)|address|"
            + "location|located|visit (?:your|the) (?:shop|store)|come to (?:your|the) (?:shop|store)"
            + "|physical (?:shop|store)|walk in|branch");
    phrase(
        Intent.CONTACT,
        "phone number|contact|call you|email|whatsapp number|reach you|instagram handle|"
            + "your number|line\\b");
    phrase(
        Intent.DISCOUNT,
        "discount\\w*|promo|coupon\\w*|voucher\\w*|sale\\b|offer\\w*|deal\\w*|bulk|wholesale|cheaper|reduce\\w*|"
            + "last price|best price|final price|better price|good price|do me (?:better|good|last)|"
            + "negotiat\\w*|"
            + COUNTER_OFFER);
    keyword(Intent.AVAILABILITY, "have|got|want|stock|size|colou?r");
    keyword(Intent.PRICE, "naira|amount|how many naira");
  }

  /** What the message is about, how surely, and how clearly (several unrelated asks lower it). */
  record Detection(Intent intent, double certainty, double clarity, List<Intent> also) {}

  /** Similarity to an intent's exemplars at which the meaning alone says what is asked. */
  static final double SIMILAR = 0.6;

  /** How much nearer the best intent's exemplars must be than the next intent's. */
  static final double MARGIN = 0.04;

  /**
   * Similarity to a trigger's exemplars, and margin over the next intent, that override a clear
   * phrase of another intent ("my package came open" is not about opening hours).
   */
  static final double OVERRIDE = 0.68;

  static final double OVERRIDE_MARGIN = 0.1;

  /** Similarity to the off-topic exemplars at which an unclear message is called off-topic. */
  static final double OFF_TOPIC = 0.45;

  /** Similarity to the grammar's intent at which the meaning confirms a keyword-only detection. */
  static final double AGREE = 0.5;

  /** Below this similarity to every shop question a keyword-only detection is not trusted. */
  static final double IN_SHOP = 0.3;

  static Detection detect(String message, float[] meaning) {
    Detection grammar = grammar(message);
    if (grammar.intent().trigger()) {
      return grammar;
    }
    return withMeaning(grammar, SemanticIntents.nearest(meaning));
  }

  /** The grammar's detection, corrected or completed by the message's meaning. */
  static Detection withMeaning(Detection grammar, SemanticIntents.Guess guess) {
    boolean phrase = grammar.intent() != Intent.OTHER && grammar.certainty() >= PHRASE;
    boolean clear = guess.similarity() >= SIMILAR && guess.margin() >= MARGIN;
    if (guess.intent().trigger()
        && clear
        && (!phrase || guess.similarity() >= OVERRIDE && guess.margin() >= OVERRIDE_MARGIN)) {
      return new Detection(guess.intent(), guess.similarity(), 1.0, List.of(guess.intent()));
    }
    if (grammar.intent() == Intent.OTHER) {
      if (guess.intent() == Intent.OFF_TOPIC && guess.similarity() >= OFF_TOPIC) {
        return new Detection(Intent.OFF_TOPIC, guess.similarity(), 1.0, List.of(Intent.OFF_TOPIC));
      }
      return clear && !guess.intent().trigger()
          ? new Detection(guess.intent(), certainty(guess), 1.0, List.of(guess.intent()))
          : grammar;
    }
    if (!phrase && guess.intent() == grammar.intent() && guess.similarity() >= AGREE) {
      return new Detection(
          grammar.intent(),
          Math.max(grammar.certainty(), certainty(guess)),
          grammar.clarity(),
          grammar.also());
    }
    if (!phrase && guess.shop() < IN_SHOP) {
      return new Detection(Intent.OTHER, KEYWORD, 1.0, grammar.also());
    }
    return grammar;
  }

  /** How surely the meaning alone says the intent: never as sure as a clear phrase. */
  private static double certainty(SemanticIntents.Guess guess) {
    return Math.min(0.93, 0.55 + 0.5 * guess.similarity());
  }

  private static Detection grammar(String message) {
    String text = MessageText.normal(message);
    Map<Intent, Double> found = new EnumMap<>(Intent.class);
    for (Rule rule : RULES) {
      if (rule.pattern.matcher(text).find()) {
        found.merge(rule.intent, rule.certainty, Math::max);
      }
    }
    if (message != null && message.contains("!!!")
        || shouting(message) && found.keySet().stream().allMatch(i -> i == Intent.GREETING)) {
      found.merge(Intent.COMPLAINT, PHRASE, Math::max);
    }
    for (Intent intent : found.keySet()) {
      if (intent.trigger()) {
        return new Detection(intent, found.get(intent), 1.0, List.copyOf(found.keySet()));
      }
    }
    boolean greeted = found.remove(Intent.GREETING) != null;
    boolean thanked = found.remove(Intent.THANKS) != null;
    if (found.isEmpty()) {
      if (greeted && greetingOnly(text)) {
        return new Detection(Intent.GREETING, PHRASE, 1.0, List.of());
      }
      if (thanked && text.length() <= 60) {
        return new Detection(Intent.THANKS, PHRASE, 1.0, List.of());
      }
      return new Detection(Intent.OTHER, 0.3, 1.0, List.of());
    }
    if (found.containsKey(Intent.PAYMENT) && PAY_ON_DELIVERY.matcher(text).find()) {
      found.remove(Intent.SHIPPING);
    }
    mergeCompatible(found);
    Intent best = null;
    for (Intent intent : found.keySet()) {
      if (best == null || found.get(intent) > found.get(best)) {
        best = intent;
      }
    }
    double clarity = found.size() == 1 ? 1.0 : UNCLEAR;
    return new Detection(best, found.get(best), clarity, List.copyOf(found.keySet()));
  }

  /**
   * Intents one answer covers together: a product answer gives availability and price; a price
   * question with a bulk word is a discount question; "pick up" with an address is location.
   */
  private static void mergeCompatible(Map<Intent, Double> found) {
    if (found.containsKey(Intent.DISCOUNT) && found.size() > 1) {
      found.remove(Intent.PRICE);
      found.remove(Intent.AVAILABILITY);
    }
    if (found.containsKey(Intent.AVAILABILITY) && found.containsKey(Intent.PRICE)) {
      double price = found.remove(Intent.PRICE);
      found.merge(Intent.AVAILABILITY, price, Math::max);
    }
    if (found.containsKey(Intent.SHIPPING)) {
      // "how much is delivery", "is delivery available": the product words are about delivery.
      found.remove(Intent.PRICE);
      found.remove(Intent.AVAILABILITY);
    }
    if (found.containsKey(Intent.RETURNS)) {
      found.remove(Intent.DISCOUNT);
    }
    if (found.containsKey(Intent.RETURNS) || found.containsKey(Intent.PAYMENT)) {
      found.remove(Intent.AVAILABILITY);
      found.remove(Intent.PRICE);
    }
    if (found.containsKey(Intent.HOURS) && found.containsKey(Intent.LOCATION)) {
      found.remove(Intent.HOURS);
      found.put(Intent.LOCATION, KEYWORD);
    }
    if (found.size() > 1) {
      found.keySet().removeIf(intent -> found.get(intent) < PHRASE);
      if (found.isEmpty()) {
        found.put(Intent.OTHER, KEYWORD);
      }
    }
  }

  private static boolean greetingOnly(String text) {
    return text.split(" ").length <= 6 && !text.contains("?") || text.length() <= 25;
  }

  private static boolean shouting(String message) {
    if (message == null) {
      return false;
    }
    long letters = message.chars().filter(Character::isLetter).count();
    long upper = message.chars().filter(Character::isUpperCase).count();
    return message != null && letters >= 12 && upper > letters * 0.8;
  }
}
