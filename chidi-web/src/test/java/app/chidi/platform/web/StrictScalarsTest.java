package app.chidi.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictScalarsTest {

  public record Changes(
      List<Integer> values,
      Boolean isActive,
      @JsonbTypeDeserializer(StrictString.class) String name,
      Map<String, String> attributes) {}

  @Test
  void readsTrueFalseAndNullWhereverTheyStand() {
    assertEquals(false, read("{\"values\": [1, 2], \"is_active\": false}").isActive());
    assertEquals(true, read("{\"is_active\": true, \"name\": \"x\"}").isActive());
    assertNull(read("{\"is_active\": null}").isActive());
    assertEquals("x", read("{\"values\": [], \"is_active\": false, \"name\": \"x\"}").name());
  }

  @Test
  void stringsAreOnlyJsonStrings() {
    assertEquals("x", read("{\"name\": \"x\"}").name());
    assertNull(read("{\"name\": null}").name());
    assertThrows(JsonbException.class, () -> read("{\"name\": 5}"));
    assertThrows(JsonbException.class, () -> read("{\"name\": true}"));
    assertEquals("M", read("{\"attributes\": {\"size\": \"M\"}}").attributes().get("size"));
  }

  @Test
  void refusesStringsAndNumbers() {
    assertThrows(JsonbException.class, () -> read("{\"is_active\": \"maybe\"}"));
    assertThrows(JsonbException.class, () -> read("{\"is_active\": \"false\"}"));
    assertThrows(JsonbException.class, () -> read("{\"is_active\": 0}"));
  }

  private static Changes read(String json) {
    return JsonConfig.jsonb().fromJson(json, Changes.class);
  }
}
