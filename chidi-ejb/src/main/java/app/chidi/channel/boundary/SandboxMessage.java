package app.chidi.channel.boundary;

/** A customer's message typed into the sandbox by someone of the business. */
public record SandboxMessage(String customerId, String customerName, String text) {}
