package app.chidi.channel.boundary;

import java.util.UUID;

/**
 * How often customers asked about a product in a period.
 *
 * @param name the product's name when it was last asked about
 * @param asked messages that asked about it
 * @param unavailable of those, the ones asking while it (or the size or colour named) was out of
 *     stock: demand the shop lost
 */
public record ProductDemand(UUID productId, String name, long asked, long unavailable) {}
