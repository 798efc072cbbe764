package app.chidi.inventory.boundary;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Locale;

/** A match quality in JSON in lower case, like every other enumerated value of the API. */
public class MatchQualityJson implements JsonbAdapter<MatchQuality, String> {

  @Override
  public String adaptToJson(MatchQuality quality) {
    return quality.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public MatchQuality adaptFromJson(String json) {
    return MatchQuality.valueOf(json.toUpperCase(Locale.ROOT));
  }
}
