/** The assistant's message-driven beans: announcing changed rules to this instance's dashboards. */
package app.chidi.assistant.messaging;
