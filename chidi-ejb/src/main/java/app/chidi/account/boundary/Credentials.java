package app.chidi.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person signs in with. */
public record Credentials(
    @NotBlank(message = "is required") @Size(max = 254) String email,
    @NotBlank(message = "is required") @Size(max = 128) String password) {}
