package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

  private static final UUID DRESS = UUID.randomUUID();
  private static final List<AnswerCheck.Product> CATALOGUE =
      List.of(
          new AnswerCheck.Product(DRESS, "Red Ankara Dress", List.of(7, 12)),
          new AnswerCheck.Product(UUID.randomUUID(), "Silk Head Wrap", List.of(3)));

  private static ToolFindings dressAt18000() {
    ToolFindings findings = new ToolFindings();
    findings.product(DRESS, "Red Ankara Dress");
    findings.amount(new BigDecimal("18000.00"));
    findings.record(new ToolFindings.Call("check_availability", "{}", "{\"price\":\"₦18,000\"}"));
    return findings;
  }

  private static List<String> check(String answer, ToolFindings findings) {
    return AnswerCheck.problems(answer, "do you have the red ankara dress", findings, CATALOGUE);
  }

  @Test
  void aGroundedAnswerPasses() {
    assertEquals(
        List.of(),
        check("Yes, the Red Ankara Dress is available at ₦18,000 (18k).", dressAt18000()));
  }

  @Test
  void moneyMustBeAnAmountTheToolsComputed() {
    assertEquals(
        List.of("says 17,500 naira, which no tool computed"),
        check("The Red Ankara Dress is 17,500 naira.", dressAt18000()));
  }

  @Test
  void noStockNumberNearStockWordsNorEqualToAStockLevel() {
    assertEquals(
        List.of("states a stock number (\u201conly 3\u201d)"),
        check("Hurry, only 3 Red Ankara Dresses!", dressAt18000()));
    assertEquals(
        List.of("states a number that is a stock level (12)"),
        check("The Red Ankara Dress: we can hold 12 for you.", dressAt18000()));
  }

  @Test
  void noProductTheToolsDidNotReturnAndNoUnbackedPromise() {
    assertEquals(
        List.of(
            "names a product the tools did not return (Silk Head Wrap)",
            "promises a discount, which no rule or policy says",
            "promises returns or exchanges, which no rule or policy says"),
        check(
            "Take the Silk Head Wrap too for a discount; you can always return it.",
            dressAt18000()));
    ToolFindings backed = dressAt18000();
    backed.words("You can return unworn items within 14 days.");
    assertEquals(List.of(), check("You can return it within 14 days.", backed));
  }
}
