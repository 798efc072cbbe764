package app.chidi.inventory.boundary;

import java.util.UUID;

/** Command: run a queued catalogue import in the background. */
public record ImportRequested(UUID jobId, UUID businessId, UUID userId) {}
