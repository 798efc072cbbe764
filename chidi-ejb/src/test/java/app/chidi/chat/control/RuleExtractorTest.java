package app.chidi.chat.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.control.RuleValidator;
import app.chidi.assistant.entity.RuleType;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.chat.control.RuleExtraction.Proposed;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rule-extraction set ({@code rule-phrasings.txt}): every phrasing makes exactly the rule
 * written next to it, checked by the rules' validator, or a question, or no rule.
 */
class RuleExtractorTest {

  private final RuleExtractor extractor = new RuleExtractor();
  private final RuleValidator validator = new RuleValidator();

  @Test
  void readsEveryPhrasingOfTheSetExactly() throws IOException {
    List<String[]> cases = cases();
    assertTrue(cases.size() >= 80, "at least 80 phrasings: " + cases.size());
    assertTrue(cases.stream().filter(c -> c[1].startsWith("?")).count() >= 20, "ambiguous ones");
    assertAll(cases.stream().map(c -> (Executable) () -> check(c[0], c[1])));
  }

  private void check(String words, String expected) {
    RuleExtraction extraction = extractor.read(words);
    if (expected.startsWith("?")) {
      String question =
          extraction instanceof Clarify clarify ? clarify.question().toLowerCase(Locale.ROOT) : "";
      assertTrue(
          question.contains(expected.substring(1).strip().toLowerCase(Locale.ROOT)),
          words + " → expected a question about '" + expected + "', got " + extraction);
    } else if (expected.equals("-")) {
      assertEquals(new NotARule(), extraction, words);
    } else {
      assertTrue(extraction instanceof Proposed, words + " → " + extraction);
      RuleForm form = ((Proposed) extraction).form();
      assertEquals(expected, compact(form), words);
      assertEquals(words, form.description(), words);
      validator.check(
          RuleType.valueOf(form.ruleType().toUpperCase(Locale.ROOT)),
          form.conditions(),
          form.actions(),
          form.responseTemplate());
    }
  }

  private static String compact(RuleForm form) {
    String conditions =
        form.conditions().stream()
            .map(RuleExtractorTest::compact)
            .collect(Collectors.joining(" & "));
    String action = form.actions().isEmpty() ? "-" : compact(form.actions().get(0));
    String line = form.ruleType() + " | " + conditions + " | " + action + " | " + form.priority();
    return form.responseTemplate() == null ? line : line + " | " + form.responseTemplate();
  }

  private static String compact(ConditionForm condition) {
    return condition.field() + " " + condition.operator() + " " + value(condition.value());
  }

  private static String compact(ActionForm action) {
    return action.type() + " " + value(action.value());
  }

  private static String value(JsonValue value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue().stripTrailingZeros().toPlainString();
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static List<String[]> cases() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                RuleExtractorTest.class.getResourceAsStream("rule-phrasings.txt"),
                StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\\|\\|", 2))
          .map(parts -> new String[] {parts[0].strip(), parts[1].strip()})
          .toList();
    }
  }
}
