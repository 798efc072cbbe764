package app.chidi.assistant.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial change: absent fields stay; an empty question clears it (not for a FAQ). */
public record KnowledgeChanges(
    @Pattern(regexp = "policy|faq|info", message = "must be policy, faq or info") String type,
    @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String topic,
    @Size(max = 500) String question,
    @Size(max = 5000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String content) {}
