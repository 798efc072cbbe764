package app.chidi.assistant.boundary;

import java.util.UUID;

/**
 * The rules of {@code businessId} changed (one was created, changed, switched or removed). The
 * message of the dashboard topic, and on each instance the CDI event its live dashboards observe.
 */
public record RulesChanged(UUID businessId) {}
