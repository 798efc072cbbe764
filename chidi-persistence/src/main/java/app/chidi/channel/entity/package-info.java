/**
 * The channels' data: conversations with customers on WhatsApp, Instagram or the sandbox, and every
 * message of them, stored once per platform message id.
 */
package app.chidi.channel.entity;
