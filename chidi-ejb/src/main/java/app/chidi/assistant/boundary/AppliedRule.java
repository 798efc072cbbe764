package app.chidi.assistant.boundary;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A rule that applied and what it did.
 *
 * @param action the action type ({@code percent_discount}, {@code free_shipping}…; {@code reply}
 *     for a custom rule)
 * @param amount the money it took off or charged, or the days or hours it granted; {@code null}
 *     when it has none or the facts do not say (a percentage without a subtotal)
 * @param effect what it did, in plain words, and why
 */
public record AppliedRule(
    UUID ruleId, String name, String ruleType, String action, BigDecimal amount, String effect) {}
