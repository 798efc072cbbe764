package app.chidi.dashboard.faces;

import app.chidi.channel.boundary.Approvals;
import app.chidi.channel.boundary.ConversationInsights;
import app.chidi.channel.boundary.ConversationMetrics;
import app.chidi.channel.boundary.ConversationSummary;
import app.chidi.channel.boundary.Conversations;
import app.chidi.channel.boundary.PersonReply;
import app.chidi.channel.boundary.ProductDemand;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.web.DashboardSession;
import app.chidi.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The live part of the dashboard home: the open conversations with their quick actions, and the
 * figures and charts of the chosen period. {@code js/live.js} calls {@link #refresh} when {@code
 * /ws/dashboard} reports a changed conversation.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

  static final int OPEN_CONVERSATIONS = 8;

  @Inject transient Conversations conversations;
  @Inject transient Approvals approvals;

  private String period = "7d";
  private transient ConversationInsights insights;
  private transient List<ConversationSummary> open;

  /** Reads everything again on the next render. */
  public void refresh() {
    insights = null;
    open = null;
  }

  public void sendDraft(UUID id) {
    act(() -> approvals.send(id, new PersonReply(null, false)), "CHIDI's draft is on its way.");
  }

  public void takeOver(UUID id) {
    act(() -> approvals.takeOver(id), "You took over: CHIDI will not answer this customer.");
  }

  public void resolve(UUID id) {
    act(() -> approvals.resolve(id), "Resolved. The customer's next message opens it again.");
  }

  private void act(Supplier<?> action, String success) {
    try {
      action.get();
      PageMessages.info(success);
    } catch (BusinessException refusal) {
      PageMessages.error(null, refusal.getMessage());
    }
    refresh();
  }

  public List<ConversationSummary> getOpen() {
    if (open == null) {
      open = conversations.open(OPEN_CONVERSATIONS);
    }
    return open;
  }

  public ConversationMetrics getTotals() {
    return insights().totals();
  }

  /** The auto-reply rate as a whole percentage, or a dash when CHIDI drafted nothing. */
  public String getAutoReplyRate() {
    Double rate = getTotals().autoReplyRate();
    return rate == null ? "–" : Math.round(rate * 100) + "%";
  }

  /** The average time to first reply in words ("45 s", "3 min", "2 h 5 min"), or a dash. */
  public String getFirstReply() {
    Double seconds = getTotals().averageFirstReplySeconds();
    if (seconds == null) {
      return "–";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    long minutes = Math.round(seconds / 60);
    return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
  }

  public String getMessagesChart() {
    return InsightCharts.messages(insights());
  }

  public String getRepliesChart() {
    return InsightCharts.replies(insights());
  }

  public String getProductsChart() {
    return InsightCharts.products(getMostAsked());
  }

  public List<ProductDemand> getMostAsked() {
    return insights().mostAsked();
  }

  public List<ProductDemand> getLostDemand() {
    return insights().lostDemand();
  }

  /** Whether anything happened in the period, so empty charts can say so instead. */
  public boolean isQuiet() {
    return getTotals().messagesIn() == 0;
  }

  /** Owners, admins and operators answer customers (spec 6.1); viewers read. */
  public boolean isCanAct() {
    return DashboardSession.currentHasAnyRole(DashboardSession.ANSWER_CUSTOMERS);
  }

  /** A confidence from 0 to 1 as a whole percentage. */
  public long percent(Double share) {
    return share == null ? 0 : Math.round(share * 100);
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period =
        switch (period) {
          case "today", "7d", "30d" -> period;
          default -> "7d";
        };
    refresh();
  }

  private ConversationInsights insights() {
    if (insights == null) {
      insights = conversations.insights(period);
    }
    return insights;
  }
}
