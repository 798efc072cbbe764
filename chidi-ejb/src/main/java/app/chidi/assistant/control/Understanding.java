package app.chidi.assistant.control;

import app.chidi.assistant.boundary.CustomerMessage;

/**
 * What the engine made of a message before it looked anything up: the intent, the facts stated, and
 * the words to look products up by.
 *
 * @param productWords the message without the words of the question itself, or the customer's
 *     previous message when this one names no product ("how much?")
 * @param meaning the message's sentence embedding
 */
public record Understanding(
    CustomerMessage message,
    IntentDetector.Detection detection,
    MessageFacts facts,
    String productWords,
    float[] meaning) {

  public Intent intent() {
    return detection.intent();
  }

  /**
   * Whether the reply needs the catalogue: for a delivery question, to price the items named; for a
   * message not placed or taken for off-topic, to see whether it names a product after all.
   */
  public boolean needsCatalogue() {
    return intent() == Intent.OTHER
        || intent() == Intent.OFF_TOPIC
        || !intent().trigger()
            && (intent().aboutProducts()
                || intent() == Intent.DISCOUNT
                || intent() == Intent.SHIPPING && facts.itemCount() != null);
  }

  /** Whether the reply needs the business rules. */
  public boolean needsRules() {
    return switch (intent()) {
      case SHIPPING, RETURNS, PRICE, AVAILABILITY, DISCOUNT -> true;
      default -> false;
    };
  }

  /** Whether the reply may state the shop's offers (its active pricing rules). */
  public boolean needsOffers() {
    return intent() == Intent.DISCOUNT;
  }

  /** Whether the reply may come from the business's knowledge. */
  public boolean needsKnowledge() {
    return !intent().trigger() && intent() != Intent.GREETING && intent() != Intent.THANKS;
  }
}
