package app.chidi.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method that names its transaction's business itself — sign-up, sign-in, token
 * refresh — so the caller's tenant (say, a signed-in user signing up a second shop) is not applied
 * to it first.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChoosesTenant {}
