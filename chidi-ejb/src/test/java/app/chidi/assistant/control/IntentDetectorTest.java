package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.platform.meaning.SentenceEncoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentDetectorTest {

  @ParameterizedTest
  @CsvSource({
    "hi, GREETING",
    "Good afternoon, GREETING",
    "thanks so much, THANKS",
    "do you have the blue dress in M, AVAILABILITY",
    "is the blue dress available, AVAILABILITY",
    "how much is the kaftan, PRICE",
    "do you ship to Abuja, SHIPPING",
    "what is the delivery fee, SHIPPING",
    "can I exchange it for a bigger size, RETURNS",
    "do you accept transfer, PAYMENT",
    "can I pay on delivery, PAYMENT",
    "what time do you close, HOURS",
    "where is your shop, LOCATION",
    "what is your phone number, CONTACT",
    "any discount for bulk, DISCOUNT",
    "where is my order, ORDER_STATUS",
    "I want a refund, REFUND",
    "this is a scam, COMPLAINT",
    "this is a joke!!!, COMPLAINT",
    "let me speak to a human, HUMAN",
    "my parcel came damaged, ORDER_PROBLEM",
    "I paid yesterday but no reply, DISPUTE",
    "my number is 08031234567, DISPUTE",
    "what is the weather like, OFF_TOPIC",
    "write me some javascript, OFF_TOPIC",
    "banana, OTHER",
    "my package came open and things were missing, ORDER_PROBLEM",
    "I'd like to speak to your supervisor, HUMAN",
    "write me a story, OFF_TOPIC",
    "tell me about the history of nigeria, OFF_TOPIC",
    "which payment options do you have, PAYMENT",
    "the brown tote bag still dey?, AVAILABILITY",
    "I want to return the bag I bought, ORDER_PROBLEM",
    "how much does konga charge, OFF_TOPIC",
    "what time is it, OFF_TOPIC",
    "what time do you open on saturday, HOURS"
  })
  void findsTheIntent(String message, Intent expected) {
    assertEquals(expected, detect(message).intent(), message);
  }

  @org.junit.jupiter.api.Test
  void triggersWinOverShopQuestions() {
    assertEquals(Intent.REFUND, detect("how much is delivery, I want a refund").intent());
    assertEquals(Intent.OFF_TOPIC, detect("do you have the dollar rate").intent());
  }

  @org.junit.jupiter.api.Test
  void aPhraseIsSurerThanAKeywordAndSeveralAsksAreLessClear() {
    assertEquals(IntentDetector.PHRASE, detect("do you have bags").certainty());
    assertEquals(IntentDetector.KEYWORD, detect("bags in size m").certainty());
    assertTrue(detect("what time do you open and do you accept card").clarity() < 1);
  }

  @org.junit.jupiter.api.Test
  void capitalsAloneAreNotAnger() {
    assertEquals(Intent.AVAILABILITY, detect("DO YOU HAVE THE RED DRESS").intent());
    assertEquals(Intent.COMPLAINT, detect("WHY IS NOBODY ANSWERING ME").intent());
  }

  private static IntentDetector.Detection detect(String message) {
    return IntentDetector.detect(message, SentenceEncoder.embed(message));
  }
}
