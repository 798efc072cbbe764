package app.chidi.notification.control;

import app.chidi.notification.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notifications a person sees: those addressed to them and those for the whole business (row
 * level security limits every query to the current business). Native SQL, so optional filters are
 * left out of the statement rather than bound as typeless NULLs PostgreSQL cannot infer.
 */
@ApplicationScoped
public class NotificationRepository {

  private static final String VISIBLE = " where (user_id is null or user_id = ?1)";

  @PersistenceContext EntityManager em;

  public Optional<Notification> find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  /** A page, newest first. */
  @SuppressWarnings("unchecked")
  public List<Notification> page(UUID user, boolean unreadOnly, String type, int offset, int max) {
    Query query =
        filtered(
            "select * from notifications",
            user,
            unreadOnly,
            type,
            " order by created_at desc, id desc");
    return query.setFirstResult(offset).setMaxResults(max).getResultList();
  }

  public long count(UUID user, boolean unreadOnly, String type) {
    return ((Number)
            filtered("select count(*) from notifications", user, unreadOnly, type, "")
                .getSingleResult())
        .longValue();
  }

  /** Everything this person sees that was created after {@code anchor}, oldest first. */
  @SuppressWarnings("unchecked")
  public List<Notification> after(Notification anchor, UUID user, int max) {
    return em.createNativeQuery(
            "select * from notifications"
                + VISIBLE
                + " and (created_at, id) > (?2, ?3) order by created_at, id",
            Notification.class)
        .setParameter(1, user)
        .setParameter(2, anchor.createdAt())
        .setParameter(3, anchor.id())
        .setMaxResults(max)
        .getResultList();
  }

  /** Unread notifications this person sees, to mark them read; locked against a concurrent mark. */
  @SuppressWarnings("unchecked")
  public List<Notification> unread(UUID user) {
    return em.createNativeQuery(
            "select * from notifications" + VISIBLE + " and not read for update",
            Notification.class)
        .setParameter(1, user)
        .getResultList();
  }

  private Query filtered(
      String select, UUID user, boolean unreadOnly, String type, String orderBy) {
    StringBuilder sql = new StringBuilder(select).append(VISIBLE);
    List<Object> parameters = new ArrayList<>(List.of(user));
    if (unreadOnly) {
      sql.append(" and not read");
    }
    if (type != null) {
      parameters.add(type);
      sql.append(" and type = ?").append(parameters.size());
    }
    sql.append(orderBy);
    Query query =
        select.startsWith("select *")
            ? em.createNativeQuery(sql.toString(), Notification.class)
            : em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }
}
