/**
 * The assistant's engines and rules: the deterministic local engine, checking rules on save,
 * evaluating them against the facts of an order or question, and wording them in plain language;
 * and the language model engines (OpenAI, then Anthropic), which get the same facts as tools and
 * whose answers are checked before they may be sent. The model calls run inside the caller's
 * transaction, bounded by Fault Tolerance's {@code @Timeout} (25 s) well below the JTA timeout.
 */
package app.chidi.assistant.control;
