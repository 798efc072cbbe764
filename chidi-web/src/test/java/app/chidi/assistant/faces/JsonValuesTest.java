package app.chidi.assistant.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rule values typed in the dialog become the JSON the API takes, and back. */
class JsonValuesTest {

  @Test
  void numbersListsAndYesOrNoBecomeTheirJsonTypes() {
    assertEquals(
        Json.createValue(new BigDecimal("15000")), JsonValues.parse("15,000", "number", false));
    assertEquals(
        Json.createArrayBuilder().add("Lagos").add("Abuja").build(),
        JsonValues.parse(" Lagos, Abuja ,", "text", true));
    assertEquals(JsonValue.FALSE, JsonValues.parse("false", "boolean", false));
    assertEquals(JsonValue.NULL, JsonValues.parse("  ", "number", false));
  }

  @Test
  void aNumberThatIsNoneStaysTextForTheValidatorToName() {
    assertEquals(Json.createValue("lots"), JsonValues.parse("lots", "number", false));
  }

  @Test
  void valuesAreShownAsTyped() {
    assertEquals(
        "Lagos, Abuja",
        JsonValues.text(Json.createArrayBuilder().add("Lagos").add("Abuja").build()));
    assertEquals("3", JsonValues.text(Json.createValue(3)));
    assertEquals("true", JsonValues.text(JsonValue.TRUE));
    assertEquals("", JsonValues.text(null));
  }
}
