package app.chidi.dashboard.faces;

import app.chidi.channel.boundary.ConversationInsights;
import app.chidi.channel.boundary.MetricsBucket;
import app.chidi.channel.boundary.ProductDemand;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The home page's charts as Chart.js configurations, the value {@code p:chart} takes: the colours
 * are the design tokens (spec 7.2), and the axes name their units.
 */
final class InsightCharts {

  private static final String DEEP_BLUE = "#1A2332";
  private static final String TEAL = "#00B4A6";
  private static final String WARNING = "#F59E0B";
  private static final String ERROR = "#EF4444";
  private static final String PURPLE = "#6366F1";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  private InsightCharts() {}

  /** Customers' messages per bucket, split into sent by CHIDI and escalated, as stacked bars. */
  static String messages(ConversationInsights insights) {
    List<MetricsBucket> series = insights.series();
    return chart(
            "bar",
            labels(insights),
            CachedJson.createArrayBuilder()
                .add(dataset("Messages in", series, MetricsBucket::messagesIn, DEEP_BLUE, "in"))
                .add(dataset("Answered by CHIDI", series, MetricsBucket::autoSent, TEAL, "out"))
                .add(dataset("Escalated", series, MetricsBucket::escalated, WARNING, "out")),
            "Messages")
        .build()
        .toString();
  }

  /** The auto-reply rate (percent) and the average time to first reply (minutes) per bucket. */
  static String replies(ConversationInsights insights) {
    List<MetricsBucket> series = insights.series();
    JsonObjectBuilder rate =
        line(
            "Auto-reply rate (%)",
            series,
            b -> b.autoReplyRate() == null ? null : Math.round(b.autoReplyRate() * 1000) / 10.0,
            TEAL,
            "y");
    JsonObjectBuilder first =
        line(
            "Average first reply (min)",
            series,
            b ->
                b.averageFirstReplySeconds() == null
                    ? null
                    : Math.round(b.averageFirstReplySeconds() / 6.0) / 10.0,
            PURPLE,
            "minutes");
    JsonObjectBuilder options =
        options()
            .add(
                "scales",
                CachedJson.createObjectBuilder()
                    .add("y", axis("Auto-reply rate (%)").add("max", 100).add("position", "left"))
                    .add(
                        "minutes",
                        axis("Minutes")
                            .add("position", "right")
                            .add(
                                "grid",
                                CachedJson.createObjectBuilder().add("drawOnChartArea", false))));
    return CachedJson.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            CachedJson.createObjectBuilder()
                .add("labels", labels(insights))
                .add("datasets", CachedJson.createArrayBuilder().add(rate).add(first)))
        .add("options", options.add("spanGaps", true))
        .build()
        .toString();
  }

  /** The most-asked products as horizontal bars, with how often they were out of stock. */
  static String products(List<ProductDemand> demand) {
    JsonArrayBuilder names = CachedJson.createArrayBuilder();
    demand.forEach(d -> names.add(d.name()));
    JsonArrayBuilder available = CachedJson.createArrayBuilder();
    JsonArrayBuilder unavailable = CachedJson.createArrayBuilder();
    demand.forEach(
        d -> {
          available.add(d.asked() - d.unavailable());
          unavailable.add(d.unavailable());
        });
    JsonObjectBuilder config =
        chart(
            "bar",
            names,
            CachedJson.createArrayBuilder()
                .add(stack("In stock when asked", available, TEAL))
                .add(stack("Out of stock when asked", unavailable, ERROR)),
            "Times asked");
    return config
        .add(
            "options",
            options()
                .add("indexAxis", "y")
                .add(
                    "scales",
                    CachedJson.createObjectBuilder()
                        .add("x", axis("Times asked").add("stacked", true))
                        .add("y", CachedJson.createObjectBuilder().add("stacked", true))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String yTitle) {
    return CachedJson.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            CachedJson.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            options()
                .add(
                    "scales",
                    CachedJson.createObjectBuilder()
                        .add("x", CachedJson.createObjectBuilder().add("stacked", true))
                        .add("y", axis(yTitle).add("stacked", true))));
  }

  private static JsonObjectBuilder options() {
    return CachedJson.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            CachedJson.createObjectBuilder()
                .add("legend", CachedJson.createObjectBuilder().add("position", "bottom")));
  }

  private static JsonObjectBuilder axis(String title) {
    return CachedJson.createObjectBuilder()
        .add("beginAtZero", true)
        .add("ticks", CachedJson.createObjectBuilder().add("precision", 0))
        .add("title", CachedJson.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonArrayBuilder labels(ConversationInsights insights) {
    DateTimeFormatter format = "hour".equals(insights.bucket()) ? HOUR : DAY;
    JsonArrayBuilder labels = CachedJson.createArrayBuilder();
    insights.series().forEach(b -> labels.add(format.format(b.start())));
    return labels;
  }

  private static JsonObjectBuilder dataset(
      String label,
      List<MetricsBucket> series,
      ToDoubleFunction<MetricsBucket> value,
      String colour,
      String stack) {
    JsonArrayBuilder data = CachedJson.createArrayBuilder();
    series.forEach(b -> data.add((long) value.applyAsDouble(b)));
    return stack(label, data, colour).add("stack", stack);
  }

  private static JsonObjectBuilder stack(String label, JsonArrayBuilder data, String colour) {
    return CachedJson.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static JsonObjectBuilder line(
      String label,
      List<MetricsBucket> series,
      Function<MetricsBucket, Double> value,
      String colour,
      String axis) {
    JsonArrayBuilder data = CachedJson.createArrayBuilder();
    series.forEach(
        b -> {
          Double v = value.apply(b);
          if (v == null) {
            data.addNull();
          } else {
            data.add(v);
          }
        });
    return stack(label, data, colour).add("yAxisID", axis).add("tension", 0.3);
  }
}
