package app.chidi.account.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token presented for rotation or sign-out. */
public record RefreshRequest(
    @NotBlank(message = "is required") @Size(max = 200, message = "is not a refresh token")
        String refreshToken) {}
