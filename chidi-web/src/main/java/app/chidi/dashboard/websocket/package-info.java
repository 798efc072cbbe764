/**
 * The live dashboard over WebSocket ({@code /ws/dashboard}): the endpoint, its handshake
 * authentication and the registry that pushes notifications to the open sockets.
 */
package app.chidi.dashboard.websocket;
