package app.chidi.assistant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new knowledge entry; a {@code faq} needs its {@code question}. */
public record KnowledgeForm(
    @NotNull @Pattern(regexp = "policy|faq|info", message = "must be policy, faq or info")
        String type,
    @NotBlank @Size(max = 100) String topic,
    @Size(max = 500) String question,
    @NotBlank @Size(max = 5000) String content) {}
