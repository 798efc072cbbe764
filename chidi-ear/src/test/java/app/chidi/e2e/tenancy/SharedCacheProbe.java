package app.chidi.e2e.tenancy;

import app.chidi.account.entity.Business;
import app.chidi.platform.tenancy.Tenancy;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Deployed by {@link TenantIsolationIT} only: inside the server, stores a business as its own
 * tenant, reads it back (which would put it into a shared cache), then looks for it as another
 * tenant, and reports what each step saw.
 */
@WebServlet("/test/shared-cache-probe")
public class SharedCacheProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Resource UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID owner = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    try {
      inTransaction(
          owner,
          () -> {
            em.persist(new Business(owner, "Cache probe"));
            return null;
          });
      boolean foundByOwner = inTransaction(owner, () -> em.find(Business.class, owner) != null);
      boolean foundByOther = inTransaction(other, () -> em.find(Business.class, owner) != null);
      long listedForOther =
          inTransaction(
              other,
              () ->
                  (long)
                      em.createQuery("select b from Business b where b.id = :id", Business.class)
                          .setParameter("id", owner)
                          .getResultList()
                          .size());
      boolean inSharedCache =
          em.getEntityManagerFactory().getCache().contains(Business.class, owner);
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("found_by_owner", foundByOwner)
                  .add("found_by_other", foundByOther)
                  .add("listed_for_other", listedForOther)
                  .add("in_shared_cache", inSharedCache)
                  .build()
                  .toString());
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private <T> T inTransaction(UUID businessId, Callable<T> work) throws Exception {
    transaction.begin();
    try {
      tenancy.enter(businessId);
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}
