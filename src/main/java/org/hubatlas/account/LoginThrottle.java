package org.hubatlas.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks a client address out of signing in for a while after repeated failures, to slow
 * down password guessing. Kept in memory: a restart forgets, which is acceptable for a
 * single-instance portal.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	public boolean isLocked(String address) {
		Deque<Instant> recent = this.failures.get(address);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= MAX_FAILURES;
		}
	}

	void recordFailure(String address) {
		Deque<Instant> recent = this.failures.computeIfAbsent(address, (k) -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(this.clock.instant());
		}
	}

	void recordSuccess(String address) {
		this.failures.remove(address);
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordFailure(details.getRemoteAddress());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordSuccess(details.getRemoteAddress());
		}
	}

}
