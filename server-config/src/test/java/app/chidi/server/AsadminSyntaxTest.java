package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsadminSyntaxTest {

  @Test
  void escapesTheCharactersAsadminSplitsPropertiesOn() {
    assertEquals("a\\:b\\=c\\\\d", AsadminSyntax.escape("a:b=c\\d"));
  }

  @Test
  void joinsPropertiesInOrder() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("user", "chidi_app");
    properties.put("password", "p=w:1");

    assertEquals("user=chidi_app:password=p\\=w\\:1", AsadminSyntax.properties(properties));
  }

  @Test
  void refusesWhatCannotBeEscaped() {
    for (String value : new String[] {"", "two words", "tab\there", "it's", "${ENV=X}"}) {
      assertThrows(
          IllegalArgumentException.class, () -> AsadminSyntax.requireCarriable("x", value), value);
    }
  }
}
