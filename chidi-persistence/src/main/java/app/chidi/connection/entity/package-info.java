/**
 * A business's connections to the messaging platforms: which account routes to it, its access token
 * (sealed by the token vault, never plain) and how the connection stands.
 */
package app.chidi.connection.entity;
