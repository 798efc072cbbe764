package app.chidi.chat.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.chat.control.RuleExtraction.Clarify;
import app.chidi.platform.json.CachedJson;
import java.util.List;
import java.util.Optional;

/** "reserve items for 24 hours", "we can hold an item for 2 days". */
final class ReservationGrammar {

  private ReservationGrammar() {}

  static boolean mentions(String text) {
    return text.matches("(?s).*\\b(reserve|reserved|reservations?|hold|put aside|keep aside)\\b.*");
  }

  static RuleExtraction read(Sentence sentence) {
    Optional<Integer> hours = ChatNumbers.duration(sentence.text, true);
    if (hours.isEmpty()) {
      return new Clarify("For how many hours should I hold an item for a customer?");
    }
    return RuleExtractor.proposed(
        "availability",
        "Reserve for " + hours.get() + " hours",
        sentence.words,
        List.of(),
        new ActionForm("reserve", CachedJson.createValue(hours.get())),
        null);
  }
}
