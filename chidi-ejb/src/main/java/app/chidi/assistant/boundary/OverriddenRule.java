package app.chidi.assistant.boundary;

import java.util.UUID;

/** A rule whose conditions held but that gave way to a rule of the same type that comes first. */
public record OverriddenRule(UUID ruleId, String name, UUID overriddenBy) {}
