/**
 * The assistant's use cases: business rules (saved, listed in plain words with a worked example,
 * tried, and applied with a log) and the business's knowledge. Replies to customers come later.
 */
package app.chidi.assistant.boundary;
