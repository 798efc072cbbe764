package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A labelled set of customer messages to the demo shop ({@link DemoShopFixture}), read from {@code
 * app/chidi/assistant/<name>.csv}: {@code message,expected_decision,expected_intent,must_contain},
 * where {@code must_contain} lists, separated by {@code ;}, the facts a correct reply contains.
 * {@code devset} is the development set the engine is tuned on; {@code heldout} is never tuned on.
 */
record DevSet(String name, List<DevSet.Case> cases) {

  record Case(String message, String decision, String intent, List<String> mustContain) {

    /** Whether a careful owner would let CHIDI answer this message (it is in scope). */
    boolean answerable() {
      return Reply.SEND.equals(decision);
    }

    /** A reply is right to send when the message is answerable and the reply has every fact. */
    boolean rightToSend(Reply reply) {
      String text = reply.text().toLowerCase(Locale.ROOT);
      return answerable()
          && mustContain.stream().allMatch(m -> text.contains(m.toLowerCase(Locale.ROOT)));
    }
  }

  static DevSet load(String name) {
    List<Case> cases = new ArrayList<>();
    try (var in = DevSet.class.getResourceAsStream("/app/chidi/assistant/" + name + ".csv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          cases.add(parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + name + " set", e);
    }
    return new DevSet(name, List.copyOf(cases));
  }

  long answerable() {
    return cases.stream().filter(Case::answerable).count();
  }

  long escalations() {
    return cases.size() - answerable();
  }

  private static Case parse(String line) {
    List<String> fields = split(line);
    String must = fields.size() > 3 ? fields.get(3) : "";
    return new Case(
        fields.get(0),
        fields.get(1),
        fields.get(2),
        must.isBlank() ? List.of() : Arrays.asList(must.split(";")));
  }

  /** CSV fields: commas inside double quotes stay; the last column takes the rest of the line. */
  private static List<String> split(String line) {
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
}
