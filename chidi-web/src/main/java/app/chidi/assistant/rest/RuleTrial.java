package app.chidi.assistant.rest;

import app.chidi.assistant.boundary.RuleContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The body of {@code POST /api/rules/evaluate}: the facts, and optionally the one rule to try.
 *
 * @param ruleId absent: every active rule
 */
public record RuleTrial(@NotNull @Valid RuleContext context, UUID ruleId) {}
