package app.chidi.platform.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary whose transactions start by setting the tenant. Every boundary EJB carries it
 * (an architecture test checks that), so REST, Faces, message-driven beans and timers all reach the
 * database through the same mechanism. An annotation rather than a default interceptor in {@code
 * ejb-jar.xml}, because the Payara Micro WAR ignores descriptors inside WEB-INF/lib jars.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tenanted {}
