package app.chidi.assistant.boundary;

import java.util.UUID;

/**
 * A product the customer asked about, as the inventory had it then: what the dashboard counts as
 * most asked, and, when it was not available, as demand the shop lost.
 *
 * @param available whether what was asked for (the product, or the size or colour named) was in
 *     stock
 */
public record AskedProduct(UUID productId, String name, boolean available) {}
