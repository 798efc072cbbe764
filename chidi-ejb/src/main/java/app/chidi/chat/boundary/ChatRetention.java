package app.chidi.chat.boundary;

import app.chidi.assistant.boundary.ChatSummaries;
import app.chidi.chat.control.ChatLog;
import app.chidi.chat.control.ChatSummary;
import app.chidi.chat.entity.ChatContext;
import app.chidi.chat.entity.ChatMessage;
import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each business's chat for its retention period (30 days unless its context says otherwise):
 * every night the messages older than that are summarised into the chat context (by a language
 * model when one is configured and answers, else extractively) and deleted, one business per
 * transaction. The summary stays.
 */
@Stateless
@Tenanted
public class ChatRetention {

  private static final UUID NO_BUSINESS = new UUID(0, 0);

  @Inject ChatLog log;
  @Inject ChatSummaries summaries;
  @Inject Tenancy tenancy;
  @Resource SessionContext session;

  /** How many days the business's chat messages are kept. */
  public ChatSettings settings() {
    return new ChatSettings(log.context().retentionDays());
  }

  /** Keeps the business's chat messages {@code days} days (1 to 3650) from the next sweep on. */
  public ChatSettings keepFor(int days) {
    log.context().keepFor(days);
    return settings();
  }

  /** The nightly sweep over every business that has a chat. */
  @Schedule(hour = "3", minute = "30", persistent = false)
  @ChoosesTenant
  public void sweep() {
    tenancy.enter(NO_BUSINESS);
    ChatRetention self = session.getBusinessObject(ChatRetention.class);
    for (UUID business : log.chattingBusinesses()) {
      TenantContext.runAs(Tenant.business(business), self::purgeExpired);
    }
  }

  /**
   * Summarises and deletes the current business's messages older than its retention period.
   *
   * @return how many messages were deleted
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeExpired() {
    ChatContext context = log.context();
    OffsetDateTime cutoff = OffsetDateTime.now().minusDays(context.retentionDays());
    List<ChatMessage> expired = new ArrayList<>(log.before(cutoff, Integer.MAX_VALUE));
    if (expired.isEmpty()) {
      return 0;
    }
    OffsetDateTime newest = expired.get(0).createdAt();
    Collections.reverse(expired);
    String summary =
        summaries
            .summarize(context.summary(), ChatSummary.transcript(expired))
            .orElseGet(() -> ChatSummary.extend(context.summary(), expired));
    context.summarize(summary, newest);
    return log.deleteBefore(cutoff);
  }
}
