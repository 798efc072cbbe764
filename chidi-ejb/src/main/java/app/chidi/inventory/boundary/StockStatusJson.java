package app.chidi.inventory.boundary;

import app.chidi.inventory.entity.StockStatus;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Locale;

/** A stock status in JSON as the spec writes it: {@code available}, {@code low_stock}, … */
public class StockStatusJson implements JsonbAdapter<StockStatus, String> {

  @Override
  public String adaptToJson(StockStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public StockStatus adaptFromJson(String json) {
    return StockStatus.valueOf(json.toUpperCase(Locale.ROOT));
  }
}
