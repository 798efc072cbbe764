/**
 * The channel pipeline's message-driven beans: answering received messages, sending replies, and
 * announcing changed conversations to this instance's live dashboards.
 */
package app.chidi.channel.messaging;
