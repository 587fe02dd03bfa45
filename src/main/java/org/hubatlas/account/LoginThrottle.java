package org.hubatlas.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Locks a client address out of signing in for a while after repeated failures, to slow
 * down password guessing. The failures are kept in the database: every instance sharing
 * it counts the same failures, and a restart forgets nothing.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Longer addresses are not IP addresses; they are cut rather than refused. */
	private static final int MAX_ADDRESS = 64;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcTemplate jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isLocked(String address) {
		Integer recent = this.jdbc.queryForObject(
				"select count(*) from sign_in_failure where address = ? and failed_at > ?", Integer.class, key(address),
				cutoff());
		return recent != null && recent >= MAX_FAILURES;
	}

	/**
	 * Counts a sign-in attempt as a failure before its password is checked, then tells
	 * whether it may go on: attempts sent at the same moment cannot all pass a check made
	 * before any of them is counted. A sign-in that succeeds forgets the address's
	 * failures, this one with them.
	 */
	public boolean tryAttempt(String address) {
		recordFailure(address);
		Integer counted = this.jdbc.queryForObject(
				"select count(*) from sign_in_failure where address = ? and failed_at > ?", Integer.class, key(address),
				cutoff());
		return counted == null || counted <= MAX_FAILURES;
	}

	void recordFailure(String address) {
		this.jdbc.update("delete from sign_in_failure where failed_at <= ?", cutoff());
		this.jdbc.update("insert into sign_in_failure (address, failed_at) values (?, ?)", key(address),
				Timestamp.from(this.clock.instant()));
	}

	/** Forgets the address's failures: it signed in. */
	public void recordSuccess(String address) {
		this.jdbc.update("delete from sign_in_failure where address = ?", key(address));
	}

	private Timestamp cutoff() {
		return Timestamp.from(this.clock.instant().minus(WINDOW));
	}

	private static String key(String address) {
		String known = (address != null) ? address : "unknown";
		return (known.length() > MAX_ADDRESS) ? known.substring(0, MAX_ADDRESS) : known;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordSuccess(details.getRemoteAddress());
		}
	}

}
