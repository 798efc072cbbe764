package app.chidi.channel.rest;

import app.chidi.channel.boundary.PersonReply;
import app.chidi.platform.web.StrictString;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's reply: {@code text} (absent: CHIDI's draft as it is), {@code resolve} the conversation
 * once it is on its way, or only a {@code dry_run} that shows what would be sent.
 */
public record ReplyRequest(
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Size(max = 4096, message = "at most 4096 characters")
        @JsonbTypeDeserializer(StrictString.class)
        String text,
    Boolean resolve,
    Boolean dryRun) {

  PersonReply toReply() {
    return new PersonReply(text, Boolean.TRUE.equals(resolve));
  }

  boolean onlyPreview() {
    return Boolean.TRUE.equals(dryRun);
  }
}
