package app.chidi.assistant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A rule's actions as a {@code jsonb} array. */
@Converter
public class RuleActions implements AttributeConverter<List<RuleAction>, Object> {

  @Override
  public Object convertToDatabaseColumn(List<RuleAction> actions) {
    return RuleJson.actions(actions == null ? List.of() : actions);
  }

  @Override
  public List<RuleAction> convertToEntityAttribute(Object column) {
    return RuleJson.actions(column);
  }
}
