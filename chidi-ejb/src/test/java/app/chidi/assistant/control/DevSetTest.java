package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the local engine on the development set ({@code devset.csv}) against the demo shop: a
 * wrong auto-reply is a reply sent when it should have escalated, or sent without the facts it must
 * contain. Fails when they exceed 1 % of the set; prints the whole table.
 */
class DevSetTest {

  record Case(String message, String decision, String intent, List<String> mustContain) {}

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (var in = DevSetTest.class.getResourceAsStream("/app/chidi/assistant/devset.csv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = split(line);
        String must = fields.size() > 3 ? fields.get(3) : "";
        cases.add(
            new Case(
                fields.get(0),
                fields.get(1),
                fields.get(2),
                must.isBlank() ? List.of() : Arrays.asList(must.split(";"))));
      }
    }
    return cases;
  }

  /** CSV fields: commas inside double quotes stay; the last column takes the rest of the line. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted && fields.size() < 3) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  static boolean wrongAutoReply(Case c, Reply reply) {
    if (!reply.sends()) {
      return false;
    }
    String text = reply.text().toLowerCase(Locale.ROOT);
    return c.decision().equals("escalate")
        || c.mustContain().stream().anyMatch(m -> !text.contains(m.toLowerCase(Locale.ROOT)));
  }

  @Test
  void wrongAutoRepliesStayUnderOnePercent() throws IOException {
    DemoShopFixture shop = DemoShopFixture.demo();
    List<Case> cases = cases();
    int sent = 0;
    int wrong = 0;
    int missed = 0;
    int intents = 0;
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-4s %-55s %-9s %-9s %-14s %-14s %5s  %s%n",
            "ok",
            "message",
            "expected",
            "decision",
            "exp. intent",
            "intent",
            "conf",
            "reply / reasons"));
    for (Case c : cases) {
      Reply reply = shop.reply(c.message());
      boolean bad = wrongAutoReply(c, reply);
      boolean miss = !reply.sends() && c.decision().equals("send");
      sent += reply.sends() ? 1 : 0;
      wrong += bad ? 1 : 0;
      missed += miss ? 1 : 0;
      intents += reply.intent().equals(c.intent()) ? 1 : 0;
      table.append(
          String.format(
              "%-4s %-55.55s %-9s %-9s %-14s %-14s %5.2f  %s%n",
              bad ? "WRONG" : miss ? "miss" : "ok",
              c.message(),
              c.decision(),
              reply.decision(),
              c.intent(),
              reply.intent(),
              reply.confidence(),
              reply.sends() ? reply.text() : reply.reasons().escalation() + " " + reply.text()));
    }
    int n = cases.size();
    table.append(
        String.format(
            "%ncases %d | auto-sent %d (coverage %.1f %%) | wrong auto-replies %d (%.2f %%) | "
                + "escalated though answerable %d | intent agreement %.1f %%%n",
            n, sent, 100.0 * sent / n, wrong, 100.0 * wrong / n, missed, 100.0 * intents / n));
    System.out.println(table);
    assertTrue(n >= 120, "the development set has at least 120 messages");
    assertTrue(wrong <= n * 0.01, "wrong auto-replies over 1 %: " + wrong + " of " + n);
  }
}
