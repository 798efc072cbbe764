package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageFactsTest {

  @ParameterizedTest
  @CsvSource({
    "do you deliver to Lagos, Lagos,",
    "delivery to lekki phase 1, Lagos, Lekki",
    "ship to Abuja, FCT, Abuja",
    "how much to port harcourt, Rivers, Port Harcourt",
    "send it to Enugu state, Enugu,",
    "akwa ibom delivery, Akwa Ibom,",
    "deliver to Nigeria, ,"
  })
  void findsTheStateAndCity(String message, String state, String city) {
    MessageFacts facts = MessageFacts.of(message);
    assertEquals(state, facts.state(), message);
    assertEquals(city, facts.city(), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "order of 20k | 20000",
        "₦15,000 worth | 15000",
        "N2500 only | 2500",
        "15000 naira | 15000",
        "about 1.5k | 1500",
        "ngn 7,250.50 | 7250.50"
      })
  void readsAmounts(String message, String amount) {
    assertEquals(0, new BigDecimal(amount).compareTo(MessageFacts.of(message).amount()), message);
  }

  @Test
  void readsCountsPlacesAbroadSaleAndDays() {
    assertEquals(4, MessageFacts.of("if I buy 4 blue dresses").itemCount());
    assertEquals(3, MessageFacts.of("three pieces please").itemCount());
    assertNull(MessageFacts.of("do you have size 44 sneakers").itemCount(), "a size, not a count");
    assertEquals(2, MessageFacts.places("delivery to Lekki and Abuja"));
    assertEquals(1, MessageFacts.places("delivery to Lekki, Lagos"));
    assertEquals("ghana", MessageFacts.of("do you ship to Ghana").abroad());
    assertEquals("benin republic", MessageFacts.of("deliver to benin republic").abroad());
    assertEquals(true, MessageFacts.of("can I return a sale item").onSale());
    assertEquals(14, MessageFacts.of("I bought it 2 weeks ago").daysSincePurchase());
    assertNull(MessageFacts.of("send it to us in 2 days").amount(), "no money in that");
    assertNull(MessageFacts.of("send it to us").abroad(), "'us' is not the USA");
  }
}
