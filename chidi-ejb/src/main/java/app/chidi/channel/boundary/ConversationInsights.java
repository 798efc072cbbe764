package app.chidi.channel.boundary;

import java.util.List;

/**
 * The dashboard's view of a period: its totals, the same counts over time, and what customers asked
 * for.
 *
 * @param bucket {@code hour} for today, {@code day} for 7 and 30 days
 * @param series one bucket per hour or day from the start of the period to now, empty ones included
 * @param mostAsked the products asked about most, most first
 * @param lostDemand the products asked for most while out of stock, most first
 */
public record ConversationInsights(
    ConversationMetrics totals,
    String bucket,
    List<MetricsBucket> series,
    List<ProductDemand> mostAsked,
    List<ProductDemand> lostDemand) {}
