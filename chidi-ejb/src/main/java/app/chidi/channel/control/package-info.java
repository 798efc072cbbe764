/**
 * How the channels work inside: Meta's signatures and payloads, routing a webhook to its business,
 * storing messages once, the platforms' send APIs with their windows and error codes, the shared
 * rate limit and the retry schedule. A send calls the Graph API inside the outbound transaction,
 * bounded by a Fault Tolerance {@code @Timeout} well below the JTA timeout; a crash between the
 * platform's acceptance and the commit can repeat that one send (the platform's hop is
 * at-least-once), never the customer's answer decision.
 */
package app.chidi.channel.control;
