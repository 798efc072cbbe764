/**
 * The owner's chat socket, {@code /ws/chat}: authenticates the connection, checks and limits
 * frames, and hands each message to the chat boundary.
 */
package app.chidi.chat.websocket;
