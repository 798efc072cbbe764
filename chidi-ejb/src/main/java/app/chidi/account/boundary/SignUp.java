package app.chidi.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new owner and their business. */
public record SignUp(
    @NotBlank(message = "is required") @Email(message = "must be an email address") @Size(max = 254)
        String email,
    @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
        String password,
    @Size(max = 120, message = "must be at most 120 characters") String businessName) {}
