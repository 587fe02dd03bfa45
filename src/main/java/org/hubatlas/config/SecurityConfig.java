package org.hubatlas.config;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubatlas.account.LoginThrottle;
import org.hubatlas.account.SessionCap;
import org.hubatlas.admin.HeldInputController;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages are open and read-only; everything under /admin needs the ADMIN role. CSRF
 * protection stays on for every form, the session id changes at sign-in, and a client
 * that keeps failing to sign in is locked out for a while.
 */
@Configuration
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Stylesheets, scripts and images: the same security headers, but no session, CSRF
	 * token or saved request, and Spring's own long cache headers (their URLs change with
	 * their content).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staticFiles(HttpSecurity http, @Value("${hubatlas.https:false}") boolean httpsOnly)
			throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/manifest.webmanifest",
				"/robots.txt");
		return openAndStateless(http, httpsOnly);
	}

	/**
	 * Open to all, with the security headers, and nothing kept for the visitor: no
	 * session, CSRF token, saved request or security context.
	 */
	private static SecurityFilterChain openAndStateless(HttpSecurity http, boolean httpsOnly) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.headers((headers) -> securityHeaders(headers, httpsOnly).cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	private static HeadersConfigurer<HttpSecurity> securityHeaders(HeadersConfigurer<HttpSecurity> headers,
			boolean httpsOnly) {
		return headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// Served over HTTPS only: HSTS on every answer, also when a proxy ends TLS
			// and the request looks plain.
			.httpStrictTransportSecurity((hsts) -> {
				if (httpsOnly) {
					hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000).includeSubDomains(true);
				}
			});
	}

	/**
	 * The open data API and its description: read-only, public, for clients that keep no
	 * cookies. No session, CSRF token or saved request (a POST is answered 405, not 403);
	 * the same security headers.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain openDataApi(HttpSecurity http, @Value("${hubatlas.https:false}") boolean httpsOnly)
			throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**");
		return openAndStateless(http, httpsOnly);
	}

	@Bean
	@Order(3)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionCap sessionCap,
			@Value("${hubatlas.https:false}") boolean httpsOnly) throws Exception {
		CookieRequestCache requestCache = new CookieRequestCache();
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		if (httpsOnly) {
			csrfTokens.setCookieCustomizer((cookie) -> cookie.secure(true));
		}
		http.authorizeHttpRequests(
				(auth) -> auth.requestMatchers("/admin", "/admin/**").hasRole("ADMIN").anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(signInFailed())
				.successHandler(signedIn(requestCache, sessionCap))
				.permitAll())
			// A form's save that finds the session ended gets a sign-in page that keeps
			// its input, not the plain one that forgets it.
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst())
				.accessDeniedHandler(keepInputOfAStalePage()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			// The CSRF token in a cookie rather than the session: visitors who never sign
			// in get no session.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new FormOrHeaderCsrfToken()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.newSession()))
			// Public pages say "no-cache" themselves (PageCache: revalidated by ETag);
			// admin pages and sign-in are never stored.
			.headers(
					(headers) -> securityHeaders(headers, httpsOnly).cacheControl((cache) -> cache.disable())
						.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(NEVER_STORED,
								new CacheControlHeadersWriter())))
			.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static final RequestMatcher NEVER_STORED = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/admin"),
			PathPatternRequestMatcher.withDefaults().matcher("/login"),
			PathPatternRequestMatcher.withDefaults().matcher("/logout"));

	/**
	 * After sign-in: counts the new session against its address's cap, then returns to
	 * the form whose input the sign-in carries, or to the page asked for (remembered in a
	 * cookie, not a session), or to the dashboard.
	 */
	private static AuthenticationSuccessHandler signedIn(CookieRequestCache requestCache, SessionCap sessionCap) {
		return (request, response, authentication) -> {
			sessionCap.signedIn(request, authentication);
			SavedRequest asked = requestCache.getRequest(request, response);
			requestCache.removeRequest(request, response);
			if (HeldInputController.carriesInput(request)) {
				response.sendRedirect(HeldInputController.keepForTheForm(request, response));
			}
			else {
				response.sendRedirect(pathOf(asked, request.getContextPath() + "/admin"));
			}
		};
	}

	/**
	 * The page asked for before sign-in, as a path on this site: the saved address's host
	 * came from the request's Host header, which a client sets.
	 */
	private static String pathOf(SavedRequest asked, String otherwise) {
		if (asked == null) {
			return otherwise;
		}
		try {
			URI address = URI.create(asked.getRedirectUrl());
			String path = address.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return otherwise;
			}
			return (address.getRawQuery() != null) ? path + "?" + address.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

	/** A failed sign-in that carries a form's input shows it again with the input. */
	private static AuthenticationFailureHandler signInFailed() {
		AuthenticationFailureHandler plain = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			if (HeldInputController.carriesInput(request)) {
				HeldInputController.forward(request, response);
			}
			else {
				plain.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/**
	 * A form's save whose CSRF token is stale (the admin signed out, or in again, in
	 * another tab since the page was opened) gets the sign-in page that keeps its input,
	 * as a save that found its session ended does; any other refusal is the 403 page.
	 * Only from a page of this site: a post from elsewhere is refused as before.
	 */
	private static AccessDeniedHandler keepInputOfAStalePage() {
		AccessDeniedHandler plain = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			if (exception instanceof CsrfException && HeldInputController.mayKeep(request) && sentInTheForm(request)
					&& fromThisSite(request)) {
				HeldInputController.forward(request, response);
			}
			else {
				plain.handle(request, response, exception);
			}
		};
	}

	/**
	 * Whether the form's body carried a token (a page of ours, opened before the token
	 * changed); one in the address is refused as ever.
	 */
	private static boolean sentInTheForm(HttpServletRequest request) {
		return request.getParameter("_csrf") != null
				&& !FormOrHeaderCsrfToken.namesInQuery(request.getQueryString()).contains("_csrf");
	}

	/** Whether the browser says the request comes from a page of this site. */
	private static boolean fromThisSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		try {
			return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Where a request that needs sign-in goes: see {@link HeldInputController}. */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint plain = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (HeldInputController.mayKeep(request)) {
				HeldInputController.forward(request, response);
			}
			else {
				plain.commence(request, response, exception);
			}
		};
	}

	/**
	 * The CSRF token is read from the form's body or the header, never from the address:
	 * a token in a URL leaks into logs, history and Referer headers, so a request
	 * carrying one there is refused.
	 */
	static final class FormOrHeaderCsrfToken implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			this.standard.handle(request, response, csrfToken);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			if (request.getHeader(csrfToken.getHeaderName()) == null
					&& namesInQuery(request.getQueryString()).contains(csrfToken.getParameterName())) {
				return null;
			}
			return this.standard.resolveCsrfTokenValue(request, csrfToken);
		}

		private static Set<String> namesInQuery(String query) {
			Set<String> names = new HashSet<>();
			if (query == null) {
				return names;
			}
			for (String pair : query.split("&")) {
				String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
				try {
					names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					names.add(name);
				}
			}
			return names;
		}

	}

	/** Publishes sign-in successes and failures, which the login throttle counts. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * BCrypt, behind a delegating encoder so stored hashes say their algorithm. The cost
	 * is a setting so that tests, which hash a password at every start, can make it
	 * cheap; a stored hash keeps the cost it was made with.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${hubatlas.password-hash-cost:10}") int cost) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
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
			if (!this.throttle.tryAttempt(request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
