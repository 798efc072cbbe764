package app.chidi.assistant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A {@code jsonb} column kept as its JSON text (the driver reads it as a {@code PGobject}). */
@Converter
public class JsonText implements AttributeConverter<String, Object> {

  @Override
  public Object convertToDatabaseColumn(String json) {
    return json;
  }

  @Override
  public String convertToEntityAttribute(Object column) {
    return column == null ? null : column.toString();
  }
}
