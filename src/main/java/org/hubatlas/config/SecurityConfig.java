package org.hubatlas.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.account.LoginThrottle;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages are open and read-only; everything under /admin needs the ADMIN role. CSRF
 * protection stays on for every form, the session id changes at sign-in, and a client
 * that keeps failing to sign in is locked out for a while.
 */
@Configuration
public class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests(
				(auth) -> auth.requestMatchers("/admin", "/admin/**").hasRole("ADMIN").anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.failureUrl("/login?error")
				.defaultSuccessUrl("/admin")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.requestCache((cache) -> cache.requestCache(cleanRequestCache()))
			// The CSRF token in a cookie rather than the session: visitors who never sign
			// in get no session.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.newSession()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")))
			.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Returns to the page asked for after sign-in (remembered in a cookie, not a
	 * session), without a "?continue" marker in its address.
	 */
	private static CookieRequestCache cleanRequestCache() {
		return new CookieRequestCache();
	}

	/** Publishes sign-in successes and failures, which the login throttle counts. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * BCrypt by default, behind a delegating encoder so stored hashes say their
	 * algorithm.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Refuses a sign-in attempt from a locked-out address before the password is even
	 * checked.
	 */
	static final class ThrottleFilter extends OncePerRequestFilter {

		/**
		 * The very matcher the sign-in filter uses, on the decoded and normalised path:
		 * "/%6cogin" is the sign-in too, so it cannot walk around the lock-out.
		 */
		private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/login");

		private final LoginThrottle throttle;

		ThrottleFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !SIGN_IN.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.throttle.isLocked(request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
