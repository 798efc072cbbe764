package app.chidi.channel.rest;

import app.chidi.channel.boundary.SandboxMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What someone of the business types into the sandbox as a customer. */
public record SandboxRequest(
    @NotBlank(message = "name the customer") @Size(max = 100, message = "at most 100 characters")
        String customerId,
    @Size(max = 200, message = "at most 200 characters") String customerName,
    @NotBlank(message = "type a message") @Size(max = 4096, message = "at most 4096 characters")
        String text) {

  SandboxMessage toMessage() {
    return new SandboxMessage(customerId.strip(), customerName, text);
  }
}
