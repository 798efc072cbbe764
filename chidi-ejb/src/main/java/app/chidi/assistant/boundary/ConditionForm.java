package app.chidi.assistant.boundary;

import jakarta.json.JsonValue;

/**
 * A condition as sent: {@code {"field": "item_count", "operator": "gt", "value": 3}}. Checked as a
 * whole when the rule is saved, so every mistake is named by its path.
 */
public record ConditionForm(String field, String operator, JsonValue value) {}
