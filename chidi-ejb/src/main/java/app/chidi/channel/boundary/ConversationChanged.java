package app.chidi.channel.boundary;

import java.util.UUID;

/**
 * A conversation of {@code businessId} changed: a customer wrote, CHIDI answered or escalated, a
 * person acted, or a reply was sent or failed. The message of the dashboard topic, and on each
 * instance the CDI event its live dashboards observe.
 */
public record ConversationChanged(UUID businessId, UUID conversationId) {}
