/** The channels' HTTP entry points: Meta's webhooks, the sandbox and the message lists. */
package app.chidi.channel.rest;
