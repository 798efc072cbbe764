package app.chidi.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.chat.control.StockWords.StockRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StockWordsTest {

  @Test
  void readsAddedAndSoldStock() {
    assertEquals(
        Optional.of(new StockRequest(20, "blue dress in m")),
        StockWords.read("we got 20 more of the blue dress in M"));
    assertEquals(
        Optional.of(new StockRequest(5, "ankara tote")),
        StockWords.read("Add 5 to the Ankara tote"));
    assertEquals(
        Optional.of(new StockRequest(-3, "red bag")), StockWords.read("we sold 3 of the red bag"));
    assertEquals(Optional.empty(), StockWords.read("more than 3 items → 10% off"));
    assertEquals(Optional.empty(), StockWords.read("what's running low?"));
  }
}
