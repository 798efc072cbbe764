package app.chidi.chat.control;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductQuery;
import app.chidi.inventory.boundary.ProductView;
import app.chidi.inventory.boundary.VariantView;
import app.chidi.notification.entity.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The owner's questions about the shop answered from its data: what is running low (the inventory's
 * low-stock list) and how many conversations escalated today (escalation notifications since
 * midnight, Lagos time).
 */
@ApplicationScoped
public class ShopQuestions {

  private static final Pattern LOW =
      Pattern.compile("\\b(running low|low (?:on )?stock|low-stock|running out|almost out)\\b");
  private static final Pattern ESCALATIONS =
      Pattern.compile("\\bescalat(?:ions?|ed)\\b.*\\btoday\\b|\\btoday\\b.*\\bescalat");
  static final int LISTED = 10;

  @PersistenceContext EntityManager em;
  @Inject Inventory inventory;

  /** The answer, when {@code words} ask one of these questions. */
  public Optional<String> answer(String words) {
    String text = RuleExtractor.normalized(words);
    if (LOW.matcher(text).find()) {
      return Optional.of(lowStock());
    }
    if (ESCALATIONS.matcher(text).find()) {
      return Optional.of(escalationsToday());
    }
    return Optional.empty();
  }

  private String lowStock() {
    List<ProductView> low =
        inventory.products(new ProductQuery(1, LISTED, null, null, null, true, true)).products();
    if (low.isEmpty()) {
      return "Nothing is running low right now.";
    }
    return "Running low: "
        + low.stream().map(ShopQuestions::lowVariants).collect(Collectors.joining("; "))
        + ".";
  }

  private static String lowVariants(ProductView product) {
    return product.name()
        + " ("
        + product.variants().stream()
            .filter(v -> !v.stockStatus().equals("available"))
            .map(ShopQuestions::left)
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String left(VariantView variant) {
    return variant.name() + ": " + variant.stockQuantity() + " left";
  }

  private String escalationsToday() {
    OffsetDateTime midnight =
        LocalDate.now(QuietHours.DEFAULT_ZONE)
            .atStartOfDay(QuietHours.DEFAULT_ZONE)
            .toOffsetDateTime();
    long count =
        em.createQuery(
                "select count(n) from Notification n where n.type = 'escalation'"
                    + " and n.createdAt >= :midnight",
                Long.class)
            .setParameter("midnight", midnight)
            .getSingleResult();
    return count == 0
        ? "No escalations today."
        : count == 1
            ? "1 conversation escalated today; it is on the Notifications page."
            : count + " conversations escalated today; they are on the Notifications page.";
  }
}
