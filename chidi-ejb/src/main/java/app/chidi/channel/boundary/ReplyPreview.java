package app.chidi.channel.boundary;

/**
 * What sending a person's reply would do, decided as the outbox will decide it.
 *
 * @param window {@code free_form}, {@code human_agent} (Instagram, tagged), {@code template}
 *     (WhatsApp, the approved template instead of the text) or {@code closed}
 * @param tag the message tag sent with it ({@code HUMAN_AGENT}), if any
 * @param template the WhatsApp template sent instead of the text, if any
 * @param sendable false when the reply would be refused; {@code problem} says why
 * @param problem the error code a send would get, or {@code null}
 * @param note the decision in words
 */
public record ReplyPreview(
    String text,
    String platform,
    String window,
    String tag,
    String template,
    boolean sendable,
    String problem,
    String note) {}
