package app.chidi.assistant.control;

/**
 * A language model's answer, not yet checked.
 *
 * @param engine {@code openai} or {@code anthropic}
 * @param text the answer, or the draft the model wrote with its escalation; may be {@code null}
 * @param escalation why the model handed the conversation to a person; {@code null} when it did not
 * @param findings the tool calls it made and what they returned
 */
public record ModelAnswer(String engine, String text, String escalation, ToolFindings findings) {}
