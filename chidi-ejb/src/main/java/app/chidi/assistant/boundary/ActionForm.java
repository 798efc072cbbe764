package app.chidi.assistant.boundary;

import jakarta.json.JsonValue;

/** An action as sent: {@code {"type": "percent_discount", "value": 10}}. */
public record ActionForm(String type, JsonValue value) {}
