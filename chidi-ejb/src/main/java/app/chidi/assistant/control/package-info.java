/**
 * The assistant's deterministic parts: checking rules on save, evaluating them against the facts of
 * an order or question (no language model involved), and wording them in plain language.
 */
package app.chidi.assistant.control;
