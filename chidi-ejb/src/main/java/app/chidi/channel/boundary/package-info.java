/**
 * The channels: customers' messages from WhatsApp, Instagram and the sandbox are stored once and
 * queued in one transaction ({@link app.chidi.channel.boundary.ChannelInbox}), answered or
 * escalated ({@link app.chidi.channel.boundary.Conversations}), and replies sent through the
 * platform with rate limits and retries ({@link app.chidi.channel.boundary.Outbox}).
 */
package app.chidi.channel.boundary;
