package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.chat.control.RuleExtraction.NotARule;
import app.chidi.chat.control.RuleExtraction.Proposed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local engine's grammar for teaching rules: reads the common phrasings of each rule type into
 * a {@link RuleForm} and asks back instead of guessing when an amount, a threshold or a duration is
 * missing or could mean two things. The form is checked by the rules' own validator before CHIDI
 * proposes it.
 */
@ApplicationScoped
public class RuleExtractor {

  private static final Pattern CUSTOM =
      Pattern.compile(
          "^(?:always )?(?:tell|remind) (?:the )?(?:customers|people|everyone|them)"
              + " (?:that )?(.+)$");

  /** Reads {@code words}, as the owner typed them. */
  public RuleExtraction read(String words) {
    String text = normalized(words);
    Matcher custom = CUSTOM.matcher(text);
    if (custom.matches()) {
      return proposed(
          "custom", "Tell customers", words, List.of(), null, sentence(words, custom.start(1)));
    }
    Sentence sentence = new Sentence(text, words);
    if (ReturnsGrammar.mentions(text)) {
      return ReturnsGrammar.read(sentence);
    }
    if (ReservationGrammar.mentions(text)) {
      return ReservationGrammar.read(sentence);
    }
    if (ShippingGrammar.mentions(text)) {
      return ShippingGrammar.read(sentence);
    }
    if (PricingGrammar.mentions(text)) {
      return PricingGrammar.read(sentence);
    }
    return new NotARule();
  }

  static String normalized(String words) {
    return words
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s*(?:→|->|=>)\\s*", " then ")
        .replaceAll("[!?.]+$", "")
        .replaceAll("(\\d)[- ]?(hours?|hrs?|days?|weeks?|items?|pieces?|pcs)\\b", "$1 $2")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The owner's words from {@code start}, as typed, with a capital and a full stop. */
  private static String sentence(String words, int start) {
    String rest = words.strip().substring(start).strip();
    String capital = rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
    return capital.matches(".*[.!?]$") ? capital : capital + ".";
  }

  static Proposed proposed(
      String type,
      String name,
      String words,
      List<ConditionForm> conditions,
      ActionForm action,
      String template) {
    int priority = action != null && !conditions.isEmpty() && action.value() == null ? 10 : 5;
    return new Proposed(
        new RuleForm(
            type,
            name,
            words.strip(),
            conditions,
            action == null ? List.of() : List.of(action),
            template,
            priority,
            true));
  }

  static List<ConditionForm> conditions(ConditionForm... conditions) {
    List<ConditionForm> list = new ArrayList<>();
    for (ConditionForm condition : conditions) {
      if (condition != null) {
        list.add(condition);
      }
    }
    return list;
  }
}
