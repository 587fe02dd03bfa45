package org.hubatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hubatlas.account.LoginThrottle;
import org.hubatlas.account.SessionCap;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For a web slice test ({@code @WebMvcTest}): the sign-in throttle and the session cap
 * that the security configuration wires in, as mocks, since a slice has no database for
 * them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { LoginThrottle.class, SessionCap.class })
public @interface SignInGuardsMocked {

}
