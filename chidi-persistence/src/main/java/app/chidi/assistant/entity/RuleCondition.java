package app.chidi.assistant.entity;

import jakarta.json.JsonValue;

/**
 * One condition of a rule: a fact about the order or question, compared with a value ({@code
 * item_count gt 3}). The value keeps its JSON type: a number, a text, a boolean or a list of them.
 */
public record RuleCondition(String field, String operator, JsonValue value) {}
