package app.chidi.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** An end-to-end test: the {@link Stack} first, then Arquillian deploys CHIDI on Payara Micro. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({Stack.class, ArquillianExtension.class})
public @interface ChidiTest {}
