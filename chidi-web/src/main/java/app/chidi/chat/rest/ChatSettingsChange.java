package app.chidi.chat.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PATCH /api/chat/settings}. */
public record ChatSettingsChange(@NotNull @Min(1) @Max(3650) Integer retentionDays) {}
