/** The channel pipeline's message-driven beans: answering received messages, sending replies. */
package app.chidi.channel.messaging;
