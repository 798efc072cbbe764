package app.chidi.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The {@code settings} {@code jsonb} column kept as its JSON text. */
@Converter
public class SettingsJson implements AttributeConverter<String, Object> {

  @Override
  public Object convertToDatabaseColumn(String json) {
    return json == null ? "{}" : json;
  }

  @Override
  public String convertToEntityAttribute(Object column) {
    return column == null ? "{}" : column.toString();
  }
}
