package app.chidi.chat.control;

import app.chidi.account.entity.Business;
import app.chidi.account.entity.OnboardingStatus;
import app.chidi.chat.entity.ChatContext;
import app.chidi.chat.entity.ChatMessage;
import app.chidi.chat.entity.OnboardingStep;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The business's chat with CHIDI: its WEB conversation (made on first use; the conversation entity
 * belongs to the channels, so it is written here in SQL) and its messages.
 */
@ApplicationScoped
public class ChatLog {

  @PersistenceContext EntityManager em;

  /** The id of the business's WEB conversation, made on first use. */
  public UUID conversation() {
    return existing()
        .orElseGet(
            () -> {
              em.createNativeQuery(
                      "insert into conversations (id, business_id, platform, title)"
                          + " values (?1, ?2, 'WEB', 'Chat with CHIDI') on conflict do nothing")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, TenantContext.business())
                  .executeUpdate();
              return existing().orElseThrow();
            });
  }

  private Optional<UUID> existing() {
    List<?> ids =
        em.createNativeQuery("select id from conversations where platform = 'WEB'").getResultList();
    return ids.stream().findFirst().map(id -> (UUID) id);
  }

  /**
   * The business's chat context, made on first use: a business that has not finished onboarding
   * starts at its first question.
   */
  public ChatContext context() {
    UUID business = TenantContext.business();
    ChatContext context = em.find(ChatContext.class, business);
    if (context != null) {
      return context;
    }
    boolean onboarded =
        em.find(Business.class, business).onboardingStatus() == OnboardingStatus.COMPLETED;
    ChatContext created =
        new ChatContext(business, onboarded ? null : OnboardingStep.BUSINESS_NAME);
    em.persist(created);
    return created;
  }

  /**
   * The businesses that have a chat, for the retention sweep: the transaction must belong to no
   * business; it may then read the ids in {@code user_contexts} (policy {@code retention_sweep}).
   */
  public List<UUID> chattingBusinesses() {
    em.createNativeQuery("select set_config('app.chat_sweep', 'on', true)").getSingleResult();
    return em.createNativeQuery("select business_id from user_contexts").getResultList().stream()
        .map(UUID.class::cast)
        .toList();
  }

  public void add(ChatMessage message) {
    em.persist(message);
  }

  public Optional<ChatMessage> find(UUID id) {
    return Optional.ofNullable(em.find(ChatMessage.class, id));
  }

  /** The proposals still waiting for {@code user}. */
  public List<ChatMessage> pending(UUID user) {
    return em.createNamedQuery("ChatMessage.findPendingByUser", ChatMessage.class)
        .setParameter("user", user)
        .getResultList();
  }

  /**
   * Up to {@code limit} messages older than message {@code before} (or the newest, when {@code
   * null}), newest first.
   */
  public List<ChatMessage> page(ChatMessage before, int limit) {
    return (before == null
            ? em.createNamedQuery("ChatMessage.findBefore", ChatMessage.class)
                .setParameter("before", OffsetDateTime.now().plusMinutes(1))
            : em.createNamedQuery("ChatMessage.findBeforeMessage", ChatMessage.class)
                .setParameter("at", before.createdAt())
                .setParameter("id", before.id()))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Deletes the messages written before {@code before}; returns how many. */
  public int deleteBefore(OffsetDateTime before) {
    return em.createNamedQuery("ChatMessage.deleteBefore")
        .setParameter("before", before)
        .executeUpdate();
  }

  /** Up to {@code limit} messages written before {@code before}, newest first. */
  public List<ChatMessage> before(OffsetDateTime before, int limit) {
    return em.createNamedQuery("ChatMessage.findBefore", ChatMessage.class)
        .setParameter("before", before)
        .setMaxResults(limit)
        .getResultList();
  }
}
