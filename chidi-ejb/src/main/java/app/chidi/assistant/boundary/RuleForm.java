package app.chidi.assistant.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new rule. Whether its conditions and actions fit its type is checked on save ({@code
 * conditions[0].operator}, {@code actions[0].value}…).
 *
 * @param description the owner's own words for the rule
 * @param priority higher goes first; among rules of one type, the first that applies wins
 * @param isActive {@code true} when absent
 */
public record RuleForm(
    @NotNull
        @Pattern(
            regexp = "shipping|returns|pricing|availability|custom",
            message = "must be shipping, returns, pricing, availability or custom")
        String ruleType,
    @NotBlank @Size(max = 255) String name,
    @Size(max = 2000) String description,
    @Size(max = 20) List<ConditionForm> conditions,
    @Size(max = 10) List<ActionForm> actions,
    @Size(max = 1000) String responseTemplate,
    @Min(0) @Max(1000) Integer priority,
    Boolean isActive) {}
