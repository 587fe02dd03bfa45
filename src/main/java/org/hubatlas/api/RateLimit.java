package org.hubatlas.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client address per minute (a fixed window): enough for any client that
 * pages through the whole dataset at a steady pace, not for one that hammers the server.
 * Counted per instance: behind a load balancer with N instances a client may make up to N
 * times as many requests. Windows of past minutes are dropped as new minutes begin, so
 * the memory held is bounded by the addresses seen in one minute.
 */
class RateLimit {

	private final int perMinute;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private volatile long sweptMinute;

	RateLimit(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** One address's count in one minute. */
	private record Window(long minute, int count) {
	}

	/** What the limit says about one more request from this address. */
	record Decision(boolean allowed, int remaining, long retryAfterSeconds) {
	}

	Decision request(String address) {
		long now = this.clock.millis();
		long minute = now / 60_000;
		if (minute != this.sweptMinute) {
			this.sweptMinute = minute;
			this.windows.values().removeIf((w) -> w.minute() != minute);
		}
		Window window = this.windows.compute(address, (key, old) -> (old == null || old.minute() != minute)
				? new Window(minute, 1) : new Window(minute, old.count() + 1));
		long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
		if (window.count() > this.perMinute) {
			return new Decision(false, 0, retryAfter);
		}
		return new Decision(true, this.perMinute - window.count(), retryAfter);
	}

	/** Addresses counted in the current minute. */
	int addresses() {
		return this.windows.size();
	}

	int perMinute() {
		return this.perMinute;
	}

}
