package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertFalse;

import app.chidi.assistant.boundary.Reply;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A property, checked over a seeded random sample: whatever the stock levels, no reply carries a
 * number other than a price. Product names hold no digits, so once prices ("₦15,000") are taken out
 * any digit left would be a leaked stock figure.
 */
class NoStockNumbersTest {

  private static final Pattern PRICE = Pattern.compile("₦[\\d,]+(?:\\.\\d{2})?");
  private static final List<String> QUESTIONS =
      List.of(
          "do you have the blue summer dress",
          "is the blue summer dress available in medium",
          "how many red ankara dress do you have left",
          "how much is the black leather bag",
          "do you have gold hoop earrings, how many are left?",
          "is the silk head wrap in stock",
          "any brown tote bag remaining? what quantity",
          "do you have the mens kaftan in XL",
          "how many pieces of white sneakers are in stock");

  @Test
  void noReplyEverContainsAStockNumber() {
    Random random = new Random(20260404L);
    for (int round = 0; round < 300; round++) {
      DemoShopFixture shop = DemoShopFixture.demo();
      shop.catalogue.replaceAll(
          entry ->
              new app.chidi.inventory.control.CatalogueEntry(
                  entry.productId(),
                  entry.name(),
                  entry.description(),
                  entry.category(),
                  entry.basePrice(),
                  entry.currency(),
                  entry.variants().stream()
                      .map(
                          v ->
                              DemoShopFixture.variant(
                                  v.name().replaceAll("\\d", "x"),
                                  v.price().toPlainString(),
                                  random.nextInt(4) == 0 ? 0 : random.nextInt(500),
                                  random.nextInt(20),
                                  Map.copyOf(v.attributes())))
                      .toList()));
      shop.threshold = 0.5 + random.nextDouble() * 0.49;
      for (String question : QUESTIONS) {
        Reply reply = shop.reply(question);
        String withoutPrices = PRICE.matcher(reply.text()).replaceAll("");
        assertFalse(
            withoutPrices.matches("(?s).*\\d.*"),
            "round " + round + ": \"" + question + "\" → " + reply.text());
      }
    }
  }
}
