package app.chidi.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Sets the tenant on the database connection of the running transaction, as its first statement
 * ({@code set_config(..., true)} lasts until the transaction ends, so a pooled connection never
 * carries it to the next user). Row-level security policies read it through {@code
 * app.current_business()}.
 */
@ApplicationScoped
public class Tenancy {

  private static final String BOUND = Tenancy.class.getName();

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Applies the thread's tenant, if any, to the running transaction. */
  public void applyCurrent() {
    if (transactions.getTransactionKey() != null) {
      TenantContext.current().ifPresent(this::bind);
    }
  }

  /**
   * Binds the running transaction to {@code businessId}: background work names its business this
   * way, and a signed-in user's work narrows from "no business chosen" to one of theirs. The
   * thread's context is left as it was, so nothing outlives the transaction.
   *
   * @throws IllegalStateException when the transaction already belongs to another business
   */
  public void enter(UUID businessId) {
    Tenant current = TenantContext.current().orElse(null);
    UUID userId = current == null ? null : current.userId();
    bind(new Tenant(businessId, userId));
  }

  /**
   * Lets the running transaction, still without a business, read the one connection of {@code
   * channelAccount} ({@code PLATFORM:account_id}, the {@code route_reads} policy of
   * social_connections): a webhook names its account before anyone knows the business. Enter that
   * connection's business afterwards to do anything else.
   */
  public void routeBy(String channelAccount) {
    bind(new Tenant(Tenant.NONE, null));
    em.createNativeQuery("select set_config('app.channel_account', ?1, true)")
        .setParameter(1, channelAccount)
        .getSingleResult();
  }

  private void bind(Tenant tenant) {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("the tenant is set on a transaction, and none is running");
    }
    Tenant bound = (Tenant) transactions.getResource(BOUND);
    if (tenant.equals(bound)) {
      return;
    }
    if (bound != null && bound.hasBusiness() && !bound.businessId().equals(tenant.businessId())) {
      throw new IllegalStateException("a transaction cannot change its business");
    }
    em.createNativeQuery(
            "select set_config('app.business_id', ?1, true), set_config('app.user_id', ?2, true)")
        .setParameter(1, tenant.businessId().toString())
        .setParameter(2, tenant.userId() == null ? "" : tenant.userId().toString())
        .getSingleResult();
    transactions.putResource(BOUND, tenant);
  }
}
