package org.hubatlas.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each address gets so many API requests a minute; beyond them a 429 problem document
 * that says when to come back, and other addresses are not affected.
 */
class RateLimitTests {

	/** A clock the test moves by hand. */
	static final class HandClock extends Clock {

		private final AtomicLong millis = new AtomicLong(Instant.parse("2026-11-24T10:00:15Z").toEpochMilli());

		void advance(long by) {
			this.millis.addAndGet(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(this.millis.get());
		}

	}

	private final HandClock clock = new HandClock();

	private MockHttpServletResponse request(OpenDataFilter filter, String address) throws Exception {
		return request(filter, address, "/api/hubs");
	}

	private MockHttpServletResponse request(OpenDataFilter filter, String address, String uri) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void beyondTheLimitAnAddressGetsA429WithRetryAfterUntilTheNextMinute() throws Exception {
		OpenDataFilter filter = new OpenDataFilter(new RateLimit(3, this.clock));
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse ok = request(filter, "198.51.100.7");
			assertThat(ok.getStatus()).isEqualTo(200);
			assertThat(ok.getHeader("RateLimit-Remaining")).isEqualTo(String.valueOf(2 - i));
		}
		MockHttpServletResponse refused = request(filter, "198.51.100.7");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("45");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429", "More than 3 requests a minute",
				"try again in 45 seconds");
		assertThat(refused.getHeader("Access-Control-Allow-Origin")).as("a browser client can read why").isEqualTo("*");

		// Another address is not held back; the next minute starts afresh.
		assertThat(request(filter, "198.51.100.8").getStatus()).isEqualTo(200);
		this.clock.advance(45_000);
		assertThat(request(filter, "198.51.100.7").getStatus()).isEqualTo(200);
	}

	/** The API's address written another way ("/%61pi") is the API, and counts. */
	@Test
	void anEncodedAddressOfTheApiCountsAgainstTheLimitToo() throws Exception {
		OpenDataFilter filter = new OpenDataFilter(new RateLimit(2, this.clock));
		assertThat(request(filter, "198.51.100.9", "/%61pi/search").getHeader("RateLimit-Remaining")).isEqualTo("1");
		assertThat(request(filter, "198.51.100.9", "/%61pi/hubs").getHeader("RateLimit-Remaining")).isEqualTo("0");
		assertThat(request(filter, "198.51.100.9", "/%61pi/hubs").getStatus()).isEqualTo(429);
	}

	@Test
	void pastMinutesAreForgotten() {
		RateLimit limit = new RateLimit(10, this.clock);
		for (int i = 0; i < 1000; i++) {
			limit.request("2001:db8::" + Integer.toHexString(i));
		}
		assertThat(limit.addresses()).isEqualTo(1000);
		this.clock.advance(60_000);
		assertThat(limit.request("2001:db8::1").remaining()).isEqualTo(9);
		assertThat(limit.addresses()).as("only this minute's addresses are held").isEqualTo(1);
	}

}
