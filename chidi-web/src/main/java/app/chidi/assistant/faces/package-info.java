/**
 * The assistant pages of the dashboard ({@code dashboard/assistant.xhtml}): trying CHIDI on a
 * customer message without sending anything, and the business's rules and knowledge.
 */
package app.chidi.assistant.faces;
