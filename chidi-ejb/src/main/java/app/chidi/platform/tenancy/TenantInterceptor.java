package app.chidi.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside the container's transaction, before the business method of a {@link Tenanted}
 * boundary, so each transaction starts by setting its tenant — unless the method {@link
 * ChoosesTenant chooses it} itself.
 */
@Tenanted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantInterceptor {

  @Inject Tenancy tenancy;

  @AroundInvoke
  public Object applyTenant(InvocationContext invocation) throws Exception {
    if (!invocation.getMethod().isAnnotationPresent(ChoosesTenant.class)) {
      tenancy.applyCurrent();
    }
    return invocation.proceed();
  }
}
