/**
 * The owner's chat with CHIDI: its messages, including the proposals that wait for the owner's
 * confirmation before anything changes.
 */
package app.chidi.chat.entity;
