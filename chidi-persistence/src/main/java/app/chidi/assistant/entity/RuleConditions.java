package app.chidi.assistant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A rule's conditions as a {@code jsonb} array. */
@Converter
public class RuleConditions implements AttributeConverter<List<RuleCondition>, Object> {

  @Override
  public Object convertToDatabaseColumn(List<RuleCondition> conditions) {
    return RuleJson.conditions(conditions == null ? List.of() : conditions);
  }

  @Override
  public List<RuleCondition> convertToEntityAttribute(Object column) {
    return RuleJson.conditions(column);
  }
}
