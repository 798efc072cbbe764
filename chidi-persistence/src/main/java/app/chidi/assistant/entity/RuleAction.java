package app.chidi.assistant.entity;

import java.math.BigDecimal;

/**
 * What a rule does when its conditions hold: {@code percent_discount 10}, {@code free_shipping},
 * {@code return_window 14} (days), {@code reserve 24} (hours)…
 *
 * @param value the amount, percentage, days or hours; {@code null} for actions without one
 */
public record RuleAction(String type, BigDecimal value) {}
