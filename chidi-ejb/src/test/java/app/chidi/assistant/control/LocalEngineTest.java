package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Reply;
import app.chidi.assistant.boundary.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine with in-memory catalogue, rules and knowledge. */
class LocalEngineTest {

  private final DemoShopFixture shop = DemoShopFixture.demo();

  @Test
  void answersAvailabilityGroundedInTheCatalogue() {
    Reply reply = shop.reply("do you have the blue summer dress in small");
    assertTrue(reply.sends(), reply.toString());
    assertTrue(reply.text().contains("Blue Summer Dress") && reply.text().contains("₦15,000"));
    assertEquals(1, reply.reasons().used().products().size());
    assertEquals(1, reply.reasons().used().variants().size());
    assertEquals(reply.confidence(), reply.confidenceParts().combined());
  }

  @Test
  void lowStockSaysOnlyAFewAndOutOfStockOffersAlternatives() {
    assertTrue(
        shop.reply("is the blue summer dress available in M").text().contains("only a few left"));
    Reply out = shop.reply("do you have the black leather bag");
    assertTrue(out.text().contains("out of stock") && out.text().contains("Brown Tote Bag"));
    assertEquals(2, out.reasons().used().products().size(), "the bag and its alternative");
  }

  @Test
  void twoProductsMatchingEquallyEscalate() {
    Reply reply = shop.reply("do you have the classic shirt");
    assertEquals(Reply.ESCALATE, reply.decision());
    assertTrue(reply.reasons().escalation().get(0).startsWith("two products match equally"));
  }

  @Test
  void shippingComesFromTheRulesAndNamesTheRule() {
    Reply reply = shop.reply("how much is delivery to Abuja");
    assertEquals("Delivery to Abuja is ₦3,500.", reply.text());
    assertEquals(1, reply.reasons().used().rules().size());
    assertEquals("Delivery to Lagos is free.", shop.reply("deliver to lagos for 60k").text());
  }

  @Test
  void aGeneralDiscountQuestionGetsTheActiveOffersAndASpecificOneEscalates() {
    Reply general = shop.reply("do you give discounts?");
    assertTrue(general.sends(), general.toString());
    assertTrue(general.text().contains("more than 3: 10% off"), general.text());
    assertEquals(1, general.reasons().used().rules().size());
    assertFalse(shop.reply("do you have a student discount?").sends());
    assertTrue(LocalEngine.asksOffersInGeneral("any discount for bulk buying"));
    assertFalse(LocalEngine.asksOffersInGeneral("first time buyer discount"));
  }

  @Test
  void theFactsOfTheQuestionDecideWhatIsSaid() {
    assertFalse(shop.reply("what's your phone number").sends(), "no number in the contact entry");
    assertFalse(shop.reply("do you have the red ankara dress in blue").sends(), "no blue variant");
    assertFalse(shop.reply("pls do me better price for the red ankara dress").sends(), "haggling");
    assertFalse(shop.reply("I want 12 red ankara dresses").sends(), "more than CHIDI may promise");
    assertTrue(
        shop.reply("I bought this on sale, can I return it?").text().contains("Sale items"),
        "the returns policy, not only the window");
  }

  @Test
  void missingFactsEscalateWithTheReason() {
    Reply abroad = shop.reply("do you ship to Ghana");
    assertEquals(List.of("no policy about international shipping"), abroad.reasons().escalation());
    shop.knowledge.clear();
    Reply hours = shop.reply("what time do you open");
    assertEquals(List.of("no information about hours yet"), hours.reasons().escalation());
  }

  @Test
  void triggersEscalateWhateverTheConfidence() {
    shop.threshold = 0.5;
    for (String message : List.of("I want a refund", "you people are useless", "talk to a human")) {
      Reply reply = shop.reply(message);
      assertFalse(reply.sends(), message);
      assertFalse(reply.reasons().escalation().isEmpty(), message);
    }
  }

  @Test
  void theThresholdDecides() {
    shop.threshold = 0.99;
    assertFalse(shop.reply("where is your shop").sends());
    shop.threshold = 0.8;
    assertTrue(shop.reply("where is your shop").sends());
  }

  @Test
  void followsUpOnTheProductOfAnEarlierMessage() {
    Reply reply =
        shop.reply(
            new CustomerMessage(
                "how much is it?",
                "whatsapp",
                List.of(
                    new Turn("customer", "do you have the red ankara dress"),
                    new Turn("business", "Yes, we have it."))));
    assertTrue(reply.text().contains("₦18,000"), reply.toString());
  }

  @Test
  void formatsMoneyTheCustomersWay() {
    assertEquals("₦15,000", Money.format(new java.math.BigDecimal("15000.00"), "NGN"));
    assertEquals("₦1,250.50", Money.format(new java.math.BigDecimal("1250.5"), "NGN"));
    assertEquals("$12.99", Money.format(new java.math.BigDecimal("12.99"), "USD"));
  }
}
