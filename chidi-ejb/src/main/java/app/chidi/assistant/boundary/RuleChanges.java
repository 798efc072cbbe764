package app.chidi.assistant.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A partial change of a rule: absent fields stay as they are; {@code conditions} and {@code
 * actions}, when present, replace the old ones; an empty description or template clears it. The
 * rule as changed is checked as a whole.
 */
public record RuleChanges(
    @Pattern(
            regexp = "shipping|returns|pricing|availability|custom",
            message = "must be shipping, returns, pricing, availability or custom")
        String ruleType,
    @Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
    @Size(max = 2000) String description,
    @Size(max = 20) List<ConditionForm> conditions,
    @Size(max = 10) List<ActionForm> actions,
    @Size(max = 1000) String responseTemplate,
    @Min(0) @Max(1000) Integer priority,
    Boolean isActive) {}
