package org.hubatlas.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock-out lives in the database: two instances sharing it (here two throttles on one
 * database, as after a restart too) count the same failures. The throttles need only the
 * migrated database, not the application: each test's rows are rolled back after it.
 */
@DataJpaTest
class LoginThrottleTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	private LoginThrottle at(Instant instant) {
		return new LoginThrottle(this.jdbc, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void failuresSpreadOverTwoInstancesLockTheAddressOutOnBoth() {
		String address = "192.0.2.77";
		LoginThrottle a = at(NOW);
		LoginThrottle b = at(NOW.plusSeconds(30));
		for (int i = 0; i < 3; i++) {
			a.recordFailure(address);
		}
		b.recordFailure(address);
		assertThat(a.isLocked(address)).isFalse();
		b.recordFailure(address);
		assertThat(a.isLocked(address)).isTrue();
		assertThat(b.isLocked(address)).isTrue();
		assertThat(at(NOW).isLocked("192.0.2.78")).as("another address").isFalse();

		// A restart forgets nothing; the window does.
		assertThat(at(NOW.plus(Duration.ofMinutes(10))).isLocked(address)).isTrue();
		assertThat(at(NOW.plus(Duration.ofMinutes(16))).isLocked(address)).isFalse();

		a.recordFailure(address);
		at(NOW).recordSuccess(address);
		assertThat(b.isLocked(address)).isFalse();
	}

	/**
	 * Attempts sent at the same moment are each counted before any password is checked:
	 * no more than the limit go on, however many there are.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void attemptsSentTogetherCannotAllSlipUnderTheLimit() throws Exception {
		String address = "192.0.2.79";
		LoginThrottle throttle = at(NOW);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				attempts.add(pool.submit(() -> {
					start.await();
					return throttle.tryAttempt(address);
				}));
			}
			start.countDown();
			int passed = 0;
			for (Future<Boolean> attempt : attempts) {
				passed += attempt.get() ? 1 : 0;
			}
			// Each counts the others sent with it, so a burst may be cut short before the
			// limit, never after it.
			assertThat(passed).isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
			assertThat(throttle.tryAttempt(address)).as("locked out now").isFalse();
		}
		finally {
			pool.shutdown();
			throttle.recordSuccess(address);
		}
	}

	@Test
	void anAddressTooLongForTheTableIsCutNotRefused() {
		String odd = "x".repeat(500);
		LoginThrottle throttle = at(NOW);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			throttle.recordFailure(odd);
		}
		assertThat(throttle.isLocked(odd)).isTrue();
		throttle.recordSuccess(odd);
	}

}
